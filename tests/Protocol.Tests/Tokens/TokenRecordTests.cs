using Inkan.Protocol.Tokens;

namespace Inkan.Protocol.Tests.Tokens;

public class TokenRecordTests
{
    [Theory]
    [InlineData("")]
    [InlineData("123456789")]
    [InlineData("12345678901")]
    [InlineData("12345abcde")]
    [InlineData("１２３４５６７８９０")]
    public void Constructor_SerialNotTenAsciiDigits_Throws(string serial)
    {
        var e = Assert.Throws<ArgumentException>(() => new TokenRecord(serial, new byte[32]));
        Assert.Equal("serial", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(20)]
    [InlineData(31)]
    [InlineData(33)]
    public void Constructor_KeyNot32Bytes_Throws(int length)
    {
        var e = Assert.Throws<ArgumentException>(() => new TokenRecord("0000000001", new byte[length]));
        Assert.Equal("key", e.ParamName);
    }

    [Fact]
    public void ToString_ShowsSerialButNotKey()
    {
        var key = Enumerable.Repeat((byte)0xAB, 32).ToArray();
        var text = new TokenRecord("0000000042", key).ToString();

        Assert.Contains("0000000042", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Key", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ABAB", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Equals_SameSerialAndKeyContent_AreEqual()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        Assert.Equal(new TokenRecord("0000000001", key), new TokenRecord("0000000001", [.. key]));
        Assert.NotEqual(new TokenRecord("0000000001", key), new TokenRecord("0000000001", new byte[32]));
        Assert.NotEqual(new TokenRecord("0000000001", key), new TokenRecord("0000000002", key));
    }
}
