using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

public sealed class TxaNonceTests
{
    [Fact]
    public void Create_Always_IsValidAndFresh()
    {
        var nonces = Enumerable.Range(0, 100).Select(_ => TxaNonce.Create()).ToList();

        Assert.All(nonces, n => Assert.Matches("^[0-9A-F]{32}$", n));
        Assert.Equal(nonces.Count, nonces.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("0123456789ABCDEF0123456789ABCDEF", true)]
    [InlineData("FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", true)]
    [InlineData("0123456789abcdef0123456789abcdef", false)]
    [InlineData("0123456789ABCDEF0123456789ABCDE", false)]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0", false)]
    [InlineData("0123456789ABCDEF0123456789ABCDEG", false)]
    [InlineData("０123456789ABCDEF0123456789ABCDEF", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Text_AcceptsOnly32UpperCaseHex(string? nonce, bool valid)
    {
        Assert.Equal(valid, TxaNonce.IsValid(nonce));
    }
}
