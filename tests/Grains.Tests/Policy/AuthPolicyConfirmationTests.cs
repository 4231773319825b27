using Inkan.Grains.Policy;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Policy;

public class AuthPolicyConfirmationTests
{
    private readonly AuthPolicy _policy = PolicyDates.Policy();

    private static UserAuthFacts User(TokenStanding token, bool hasOtpAddress = true, bool otpLocked = false)
        => new(Permissions.All, token, hasOtpAddress, otpLocked);

    [Theory]
    [InlineData(nameof(PolicyDates.TokenAvailable))]
    [InlineData(nameof(PolicyDates.Grace))]
    [InlineData(nameof(PolicyDates.AfterMandatory))]
    public void DecideConfirmation_ActiveToken_UsesTokenNeverOtp(string phase)
    {
        var decision = _policy.DecideConfirmation(User(TokenStanding.Active, hasOtpAddress: true), PolicyDates.At(phase));

        Assert.Equal(ConfirmationDecision.Token, decision);
    }

    [Theory]
    [InlineData(nameof(PolicyDates.Grace))]
    [InlineData(nameof(PolicyDates.AfterMandatory))]
    public void DecideConfirmation_LockedToken_BlockedEvenWithOtpAddress(string phase)
    {
        var decision = _policy.DecideConfirmation(User(TokenStanding.Locked, hasOtpAddress: true), PolicyDates.At(phase));

        Assert.Equal(ConfirmationDecision.Blocked(BlockReason.TokenLocked), decision);
    }

    [Theory]
    [InlineData(nameof(PolicyDates.BeforeOtpMandatory))]
    [InlineData(nameof(PolicyDates.OtpOnly))]
    [InlineData(nameof(PolicyDates.Grace))]
    [InlineData(nameof(PolicyDates.LastGraceTick))]
    public void DecideConfirmation_UnregisteredBeforeMandatory_UsesEmailOtp(string phase)
    {
        Assert.Equal(ConfirmationDecision.EmailOtp, _policy.DecideConfirmation(User(TokenStanding.None), PolicyDates.At(phase)));
    }

    [Theory]
    [InlineData(nameof(PolicyDates.TokenMandatory))]
    [InlineData(nameof(PolicyDates.AfterMandatory))]
    public void DecideConfirmation_UnregisteredFromMandatory_BlockedUntilRegistration(string phase)
    {
        var decision = _policy.DecideConfirmation(User(TokenStanding.None), PolicyDates.At(phase));

        Assert.Equal(ConfirmationDecision.Blocked(BlockReason.TokenRegistrationRequired), decision);
    }

    [Fact]
    public void DecideConfirmation_NoTokenNoAddressInGrace_BlockedWithoutMethod()
    {
        var decision = _policy.DecideConfirmation(User(TokenStanding.None, hasOtpAddress: false), PolicyDates.Grace);

        Assert.Equal(ConfirmationDecision.Blocked(BlockReason.NoConfirmationMethod), decision);
    }

    [Fact]
    public void DecideConfirmation_OtpLockedInGrace_Blocked()
    {
        var decision = _policy.DecideConfirmation(User(TokenStanding.None, otpLocked: true), PolicyDates.Grace);

        Assert.Equal(ConfirmationDecision.Blocked(BlockReason.OtpLocked), decision);
    }
}
