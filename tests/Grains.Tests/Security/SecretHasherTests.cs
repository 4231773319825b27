using Inkan.Grains.Security;
using Microsoft.AspNetCore.Identity;

namespace Inkan.Grains.Tests.Security;

public class SecretHasherTests
{
    private readonly SecretHasher _hasher = new();

    [Fact]
    public void Verify_RightSecret_Succeeds()
    {
        var hash = _hasher.Hash("1234");

        Assert.Equal(PasswordVerificationResult.Success, _hasher.Verify(hash, "1234"));
    }

    [Fact]
    public void Verify_WrongSecret_Fails()
    {
        var hash = _hasher.Hash("1234");

        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(hash, "1235"));
    }

    [Fact]
    public void Hash_SameSecretTwice_IsSaltedAndHidesSecret()
    {
        var first = _hasher.Hash("pass-word-99");
        var second = _hasher.Hash("pass-word-99");

        Assert.NotEqual(first, second);
        Assert.DoesNotContain("pass-word-99", first, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not*base64")]
    [InlineData("AQAAAA==")]
    public void Verify_MalformedHash_FailsWithoutThrowing(string hash)
    {
        Assert.Equal(PasswordVerificationResult.Failed, _hasher.Verify(hash, "1234"));
    }

    [Fact]
    public void Hash_EmptySecret_Throws()
    {
        Assert.Throws<ArgumentException>(() => _hasher.Hash(""));
    }
}
