using System.Text.Json;
using Inkan.Protocol.Tokens;

namespace Inkan.Protocol.Tests.Tokens;

public class TokenBatchJsonTests
{
    private const string Key1 = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";
    private const string Key2 = "F0F1F2F3F4F5F6F7F8F9FAFBFCFDFEFF000102030405060708090a0b0c0d0e0f";

    [Fact]
    public void WriteThenRead_RoundTripsEveryToken()
    {
        var tokens = TokenFixtures.Batch(5, firstSerial: 9_999_999_995);

        var batch = TokenFixtures.ReadJson(TokenFixtures.WriteJson(tokens, "B-2024.01_x"));

        Assert.Equal("B-2024.01_x", batch.BatchId);
        Assert.Equal(tokens, batch.Tokens);
    }

    [Fact]
    public void Write_ProducesDocumentedShapeWithHexKeys()
    {
        var tokens = TokenFixtures.Batch(2);

        using var json = JsonDocument.Parse(TokenFixtures.WriteJson(tokens));
        var root = json.RootElement;

        Assert.Equal("inkan-token-batch", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("OCRA-1:HOTP-SHA256-8:QH64", root.GetProperty("suite").GetString());
        var first = root.GetProperty("tokens")[0];
        Assert.Equal(tokens[0].Serial, first.GetProperty("serial").GetString());
        Assert.Equal(Convert.ToHexString(tokens[0].Key), first.GetProperty("key").GetString());
    }

    [Fact]
    public void Read_LowerCaseHexKey_IsAccepted()
    {
        var batch = TokenFixtures.ReadJson(Document(Entry("0000000001", Key2)));

        Assert.Equal(Convert.FromHexString(Key2), batch.Tokens[0].Key);
    }

    [Theory]
    [InlineData("0000000002", "00", "tokens[1] (serial 0000000002)", "64 hexadecimal digits")]
    [InlineData("0000000002", "zz0102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F", "tokens[1] (serial 0000000002)", "64 hexadecimal digits")]
    [InlineData("12345", Key2, "tokens[1] (serial 12345)", "exactly 10 digits")]
    [InlineData("0000000001", Key2, "tokens[1] (serial 0000000001)", "repeats tokens[0]")]
    public void Read_BadEntry_ThrowsNamingTheEntry(string serial, string key, string entry, string reason)
    {
        var text = Document(Entry("0000000001", Key1), Entry(serial, key));

        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadJson(text));

        Assert.Equal(entry, e.Entry);
        Assert.Contains(entry, e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EntryWithoutKey_ThrowsNamingTheEntry()
    {
        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadJson(Document("""{"serial":"0000000007"}""")));

        Assert.Equal("tokens[0] (serial 0000000007)", e.Entry);
        Assert.Contains("key is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeveralBadEntries_ListsEveryProblem()
    {
        var text = Document(Entry("1", Key1), Entry("0000000002", Key1), Entry("0000000003", "AB"), Entry("0000000004", Key1));

        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadJson(text));

        Assert.Equal(2, e.Problems.Count);
        Assert.StartsWith("tokens[0] (serial 1)", e.Problems[0], StringComparison.Ordinal);
        Assert.StartsWith("tokens[2] (serial 0000000003)", e.Problems[1], StringComparison.Ordinal);
        Assert.Contains("and 1 more unusable entry", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Problems_NeverQuoteKeyMaterial()
    {
        var badKey = Key1[..62];
        var text = Document(Entry("0000000001", badKey), Entry("0000000001", Key1), Entry("0000000001", Key1));

        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadJson(text));

        Assert.DoesNotContain(badKey[..16], e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.All(e.Problems, p => Assert.DoesNotContain(Key1[..16], p, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("""{"format":"other","version":1,"batchId":"b","suite":"OCRA-1:HOTP-SHA256-8:QH64","tokens":[]}""", "format")]
    [InlineData("""{"format":"inkan-token-batch","version":2,"batchId":"b","suite":"OCRA-1:HOTP-SHA256-8:QH64","tokens":[]}""", "version 2")]
    [InlineData("""{"format":"inkan-token-batch","version":1,"batchId":"1 bad","suite":"OCRA-1:HOTP-SHA256-8:QH64","tokens":[]}""", "batchId")]
    [InlineData("""{"format":"inkan-token-batch","version":1,"batchId":"b","suite":"OCRA-1:HOTP-SHA1-6:QN08","tokens":[]}""", "suite")]
    [InlineData("""{"format":"inkan-token-batch","version":1,"batchId":"b","suite":"OCRA-1:HOTP-SHA256-8:QH64"}""", "tokens")]
    [InlineData("""{"format":"inkan-token-batch","version":1,"batchId":"b","suite":"OCRA-1:HOTP-SHA256-8:QH64","tokens":[]}""", "no tokens")]
    [InlineData("""{"format":"inkan-token-batch","version":1,"batchId":"b","suite":"OCRA-1:HOTP-SHA256-8:QH64","tokens":[],"extra":1}""", "$.extra")]
    [InlineData("""{"format":"inkan-token-batch",""", "not valid")]
    [InlineData("not json at all", "not valid")]
    [InlineData("null", "empty")]
    public void Read_MalformedFile_ThrowsWithClearMessage(string text, string expected)
    {
        var e = Assert.Throws<TokenBatchFormatException>(() => TokenFixtures.ReadJson(text));

        Assert.Null(e.Entry);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RepeatedSerial_Throws()
    {
        var tokens = TokenFixtures.Batch(2);
        tokens.Add(tokens[0]);

        Assert.Throws<ArgumentException>(() => TokenFixtures.WriteJson(tokens));
    }

    [Theory]
    [InlineData("")]
    [InlineData("9starts-with-digit")]
    [InlineData("has space")]
    public void Write_BadBatchId_Throws(string batchId)
    {
        var e = Assert.Throws<ArgumentException>(() => TokenFixtures.WriteJson(TokenFixtures.Batch(1), batchId));

        Assert.Equal("batchId", e.ParamName);
    }

    [Fact]
    public void Write_NoTokens_Throws()
    {
        Assert.Throws<ArgumentException>(() => TokenFixtures.WriteJson([]));
    }

    private static string Entry(string serial, string key) => $$"""{"serial":"{{serial}}","key":"{{key}}"}""";

    private static string Document(params string[] entries) =>
        $$"""{"format":"inkan-token-batch","version":1,"batchId":"b1","suite":"OCRA-1:HOTP-SHA256-8:QH64","tokens":[{{string.Join(",", entries)}}]}""";
}
