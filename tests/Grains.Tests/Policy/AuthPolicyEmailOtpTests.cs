using Inkan.Grains.Policy;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Policy;

/// <summary>Where email OTP serves (SPEC sections 4–6): never again once a token was registered, not once tokens are mandatory.</summary>
public class AuthPolicyEmailOtpTests
{
    private readonly AuthPolicy _policy = PolicyDates.Policy();

    [Theory]
    [InlineData(nameof(PolicyDates.BeforeOtpMandatory))]
    [InlineData(nameof(PolicyDates.OtpOnly))]
    [InlineData(nameof(PolicyDates.Grace))]
    public void DecideConfirmation_TokenRegisteredThenRevoked_NeedsANewTokenNotOtp(string phase)
    {
        var user = new UserAuthFacts(Permissions.All, TokenStanding.None, HasOtpAddress: true, OtpLocked: false, TokenEverRegistered: true);

        var decision = _policy.DecideConfirmation(user, PolicyDates.At(phase));

        Assert.Equal(ConfirmationDecision.Blocked(BlockReason.TokenRegistrationRequired), decision);
    }

    [Fact]
    public void DecideLogon_TokenRegisteredThenRevokedWithoutAddress_NeverAsksForAnOtpAddress()
    {
        var user = new UserAuthFacts(Permissions.FundTransfer, TokenStanding.None, HasOtpAddress: false, OtpLocked: false, TokenEverRegistered: true);

        var decision = _policy.DecideLogon(user, PolicyDates.Grace, tokenRegistrationSkipped: true);

        Assert.Equal(LogonDecision.Proceed, decision);
    }

    [Theory]
    [InlineData(Permissions.FundTransfer, TokenStanding.None, false, nameof(PolicyDates.BeforeOtpMandatory), true)]
    [InlineData(Permissions.Approval, TokenStanding.None, false, nameof(PolicyDates.Grace), true)]
    [InlineData(Permissions.FundTransfer, TokenStanding.None, false, nameof(PolicyDates.LastGraceTick), true)]
    [InlineData(Permissions.FundTransfer, TokenStanding.None, false, nameof(PolicyDates.TokenMandatory), false)]
    [InlineData(Permissions.FundTransfer, TokenStanding.Active, true, nameof(PolicyDates.Grace), false)]
    [InlineData(Permissions.FundTransfer, TokenStanding.None, true, nameof(PolicyDates.Grace), false)]
    [InlineData(Permissions.Inquiry | Permissions.DataCreation, TokenStanding.None, false, nameof(PolicyDates.Grace), false)]
    public void CanUseEmailOtp_ByPermissionsTokenAndPhase(Permissions permissions, TokenStanding token, bool everRegistered, string phase, bool expected)
    {
        var user = new UserAuthFacts(permissions, token, HasOtpAddress: false, OtpLocked: false, everRegistered);

        Assert.Equal(expected, _policy.CanUseEmailOtp(user, PolicyDates.At(phase)));
    }
}
