using System.Xml.Linq;
using Inkan.Protocol.Tokens;

namespace Inkan.Protocol.Tests.Tokens;

public class PskcDocumentTests
{
    private static readonly XNamespace Pskc = "urn:ietf:params:xml:ns:keyprov:pskc";
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void WriteThenRead_RoundTripsEveryToken()
    {
        var tokens = TokenFixtures.Batch(4);

        var batch = TokenFixtures.ReadPskc(TokenFixtures.WritePskc(tokens, "batch-7"));

        Assert.Equal("batch-7", batch.BatchId);
        Assert.Equal(tokens, batch.Tokens);
    }

    [Fact]
    public void Write_FollowsRfc6030WithOcraProfile()
    {
        var tokens = TokenFixtures.Batch(2);

        var root = XDocument.Parse(TokenFixtures.WritePskc(tokens)).Root!;

        Assert.Equal(Pskc + "KeyContainer", root.Name);
        Assert.Equal("1.0", (string?)root.Attribute("Version"));
        var packages = root.Elements(Pskc + "KeyPackage").ToList();
        Assert.Equal(2, packages.Count);
        var key = packages[1].Element(Pskc + "Key")!;
        Assert.Equal(tokens[1].Serial, packages[1].Element(Pskc + "DeviceInfo")!.Element(Pskc + "SerialNo")!.Value);
        Assert.Equal("urn:ietf:params:xml:ns:keyprov:pskc#OCRA-1", (string?)key.Attribute("Algorithm"));
        Assert.Equal("OCRA-1:HOTP-SHA256-8:QH64", key.Element(Pskc + "AlgorithmParameters")!.Element(Pskc + "Suite")!.Value);
        var plain = key.Element(Pskc + "Data")!.Element(Pskc + "Secret")!.Element(Pskc + "PlainValue")!.Value;
        Assert.Equal(tokens[1].Key, Convert.FromBase64String(plain));
    }

    [Fact]
    public void Read_Rfc6030Figure3HotpKey_RejectsNamingThePackageAndWhy()
    {
        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadPskc(PskcSamples.Rfc6030Figure3));

        Assert.Equal("KeyPackage 1 (serial 987654321)", e.Entry);
        Assert.Contains("urn:ietf:params:xml:ns:keyprov:pskc:hotp", e.Message, StringComparison.Ordinal);
        Assert.Contains("not usable", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Rfc6030Figure6EncryptedContainer_RejectsAsNotSupported()
    {
        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadPskc(PskcSamples.Rfc6030Figure6));

        Assert.Contains("encrypted", e.Message, StringComparison.Ordinal);
        Assert.Contains("not supported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedValueInOnePackage_RejectsThatPackage()
    {
        var text = PskcSamples.Container(
            PskcSamples.Package("0000000001", PskcSamples.Plain(Key)),
            PskcSamples.Package("0000000002", "<EncryptedValue><CipherValue>AAAA</CipherValue></EncryptedValue>"));

        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadPskc(text));

        Assert.Equal("KeyPackage 2 (serial 0000000002)", e.Entry);
        Assert.Contains("EncryptedValue", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OcraAliasAndWhitespaceInBase64_AreAccepted()
    {
        var text = PskcSamples.Container(
            PskcSamples.Package("0000000001", PskcSamples.Plain(Key), algorithm: "urn:ietf:params:xml:ns:keyprov:pskc:ocra"));

        var batch = TokenFixtures.ReadPskc(text);

        Assert.Equal(new TokenRecord("0000000001", Key), Assert.Single(batch.Tokens));
    }

    [Theory]
    [InlineData("0000000001", "OCRA-1:HOTP-SHA1-6:QN08", "<PlainValue>AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=</PlainValue>", "suite 'OCRA-1:HOTP-SHA1-6:QN08'")]
    [InlineData("0000000001", "OCRA-1:HOTP-SHA256-8:QH64", "<PlainValue>MTIzNDU2Nzg5MDEyMzQ1Njc4OTA=</PlainValue>", "20 bytes")]
    [InlineData("0000000001", "OCRA-1:HOTP-SHA256-8:QH64", "<PlainValue>not base64!</PlainValue>", "not valid base64")]
    [InlineData("0000000001", "OCRA-1:HOTP-SHA256-8:QH64", "", "no Data/Secret/PlainValue")]
    [InlineData("ABC", "OCRA-1:HOTP-SHA256-8:QH64", "<PlainValue>AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=</PlainValue>", "10 digits")]
    public void Read_UnusablePackage_ThrowsNamingIt(string serial, string suite, string secret, string reason)
    {
        var text = PskcSamples.Container(PskcSamples.Package(serial, secret, suite: suite));

        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadPskc(text));

        Assert.Equal($"KeyPackage 1 (serial {serial})", e.Entry);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PackageWithoutSerialNo_RejectsItByPosition()
    {
        var package = PskcSamples.Package("0000000001", PskcSamples.Plain(Key)).Replace("<SerialNo>0000000001</SerialNo>", string.Empty, StringComparison.Ordinal);

        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadPskc(PskcSamples.Container(package)));

        Assert.Equal("KeyPackage 1", e.Entry);
        Assert.Contains("no DeviceInfo/SerialNo", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedSerial_RejectsTheSecond()
    {
        var text = PskcSamples.Container(
            PskcSamples.Package("0000000005", PskcSamples.Plain(Key)),
            PskcSamples.Package("0000000005", PskcSamples.Plain(Key)));

        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadPskc(text));

        Assert.Equal("KeyPackage 2 (serial 0000000005)", e.Entry);
        Assert.Contains("repeats KeyPackage 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<KeyContainer", "not well-formed")]
    [InlineData("<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc:1.0\"/>", "not an RFC 6030 container")]
    [InlineData("<KeyContainer Version=\"2.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\"/>", "Version '2.0'")]
    [InlineData("<KeyContainer Version=\"1.0\" xmlns=\"urn:ietf:params:xml:ns:keyprov:pskc\"/>", "no tokens")]
    [InlineData("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><KeyContainer>&e;</KeyContainer>", "not well-formed")]
    public void Read_MalformedDocument_ThrowsWithClearMessage(string text, string expected)
    {
        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadPskc(text));

        Assert.Null(e.Entry);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RepeatedSerial_Throws()
    {
        var tokens = TokenFixtures.Batch(1);

        Assert.Throws<ArgumentException>(() => TokenFixtures.WritePskc([tokens[0], tokens[0]]));
    }
}
