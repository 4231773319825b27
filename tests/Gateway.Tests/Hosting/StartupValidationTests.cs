using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>A policy or fee setting out of range or malformed stops the gateway's start with a message naming it, instead of failing the first call that needs it.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("Inkan:Policy:TokenFailureLimit", "0", "TokenFailureLimit")]
    [InlineData("Inkan:Policy:PasswordFailureLimit", "0", "PasswordFailureLimit")]
    [InlineData("Inkan:Policy:ChallengeLifetime", "-00:01:00", "ChallengeLifetime")]
    [InlineData("Inkan:Policy:AuthorizationMaxAge", "-00:00:01", "AuthorizationMaxAge")]
    [InlineData("Inkan:Policy:TokenAuthMandatorySince", "2000-01-01T00:00:00Z", "TokenAuthMandatorySince")]
    [InlineData("Inkan:Policy:TokenAuthAvailableSince", "soon", "Inkan:Policy:TokenAuthAvailableSince")]
    [InlineData("Inkan:Fees:ReissueFee", "-5", "ReissueFee")]
    [InlineData("Inkan:Fees:AdditionalTokenFee", "free", "Inkan:Fees:AdditionalTokenFee")]
    public async Task Start_BadPolicyOrFeeSetting_FailsNamingIt(string key, string value, string named)
    {
        await using var factory = new BankApiFactory { Settings = { [key] = value } };

        var e = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }
}
