using System.Text.Json;
using Inkan.Grains.Otp;

namespace Inkan.Grains.Tests.Otp;

public sealed class OtpHashTests
{
    [Fact]
    public void Matches_SameOtp_True()
    {
        var hash = OtpHash.Create("482913");

        Assert.True(hash.Matches("482913"));
        Assert.True(hash.Matches("４８２９１３"));
    }

    [Theory]
    [InlineData("482914")]
    [InlineData("48291")]
    [InlineData("")]
    [InlineData(null)]
    public void Matches_OtherInput_False(string? typed) =>
        Assert.False(OtpHash.Create("482913").Matches(typed));

    [Fact]
    public void Create_SameOtpTwice_DifferentSaltAndMac()
    {
        var first = OtpHash.Create("000000");
        var second = OtpHash.Create("000000");

        Assert.NotEqual(first.Salt, second.Salt);
        Assert.NotEqual(first.Mac, second.Mac);
        Assert.DoesNotContain("000000", first.Mac, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_DamagedHash_FalseWithoutThrowing()
    {
        var hash = JsonSerializer.Deserialize("""{"Salt":"not base64!","Mac":"AAAA"}""", OtpTestJsonContext.Default.OtpHash)!;

        Assert.False(hash.Matches("123456"));
        Assert.False(new OtpHash().Matches("123456"));
    }

    [Fact]
    public void Json_RoundTrip_StillMatches()
    {
        var hash = OtpHash.Create("731205");

        var copy = JsonSerializer.Deserialize(JsonSerializer.Serialize(hash, OtpTestJsonContext.Default.OtpHash), OtpTestJsonContext.Default.OtpHash)!;

        Assert.True(copy.Matches("731205"));
        Assert.False(copy.Matches("731206"));
    }

    [Fact]
    public void ToString_DoesNotShowSaltOrMac()
    {
        var hash = OtpHash.Create("731205");

        Assert.DoesNotContain(hash.Mac, hash.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(hash.Salt, hash.ToString(), StringComparison.Ordinal);
    }
}
