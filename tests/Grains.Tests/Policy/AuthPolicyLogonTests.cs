using Inkan.Grains.Policy;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Policy;

public class AuthPolicyLogonTests
{
    private readonly AuthPolicy _policy = PolicyDates.Policy();

    /// <summary>Every non-empty combination of the five permissions.</summary>
    public static TheoryData<Permissions> AllCombinations()
    {
        var data = new TheoryData<Permissions>();
        for (var mask = 1; mask <= (int)Permissions.All; mask++)
        {
            data.Add((Permissions)mask);
        }

        return data;
    }

    public static TheoryData<Permissions, string> CombinationsByPhase()
    {
        var data = new TheoryData<Permissions, string>();
        foreach (var permissions in AllCombinations())
        {
            foreach (var phase in PolicyDates.AllPhases)
            {
                data.Add(permissions, phase);
            }
        }

        return data;
    }

    private static UserAuthFacts Unregistered(Permissions permissions, bool hasOtpAddress = true)
        => new(permissions, TokenStanding.None, hasOtpAddress, OtpLocked: false);

    [Theory]
    [MemberData(nameof(CombinationsByPhase))]
    public void DecideLogon_EveryCombinationAndPhase_FollowsSection5(Permissions permissions, string phase)
    {
        var now = PolicyDates.At(phase);
        var decision = _policy.DecideLogon(Unregistered(permissions), now, tokenRegistrationSkipped: false);

        var available = now >= PolicyDates.TokenAvailable;
        var mandatory = now >= PolicyDates.TokenMandatory;
        var expected =
            permissions is Permissions.Inquiry || !available ? LogonDecision.Proceed
            : permissions is Permissions.DataCreation or (Permissions.Inquiry | Permissions.DataCreation) ? LogonDecision.RegisterTokenOptional
            : mandatory ? LogonDecision.RegisterTokenRequired
            : LogonDecision.RegisterTokenOptional;
        Assert.Equal(expected, decision);
    }

    [Theory]
    [InlineData(Permissions.Inquiry)]
    [InlineData(Permissions.None)]
    public void DecideLogon_InquiryOnly_NeverShowsTokenScreen(Permissions permissions)
    {
        foreach (var phase in PolicyDates.AllPhases)
        {
            Assert.Equal(LogonDecision.Proceed, _policy.DecideLogon(Unregistered(permissions), PolicyDates.At(phase), false));
        }
    }

    [Theory]
    [InlineData(Permissions.DataCreation)]
    [InlineData(Permissions.Inquiry | Permissions.DataCreation)]
    public void DecideLogon_DataCreationOnlyAfterMandatory_ScreenStaysSkippable(Permissions permissions)
    {
        var decision = _policy.DecideLogon(Unregistered(permissions), PolicyDates.AfterMandatory, false);

        Assert.Equal(LogonStep.RegisterToken, decision.Step);
        Assert.True(decision.CanSkip);
    }

    [Theory]
    [InlineData(Permissions.FundTransfer)]
    [InlineData(Permissions.Approval)]
    [InlineData(Permissions.Admin)]
    [InlineData(Permissions.All)]
    public void DecideLogon_SkippedInGrace_ProceedsAndScreenReturnsAtNextLogon(Permissions permissions)
    {
        var user = Unregistered(permissions);

        var skipped = _policy.DecideLogon(user, PolicyDates.Grace, tokenRegistrationSkipped: true);
        var nextLogon = _policy.DecideLogon(user, PolicyDates.Grace.AddDays(1), tokenRegistrationSkipped: false);

        Assert.Equal(LogonDecision.Proceed, skipped);
        Assert.Equal(LogonDecision.RegisterTokenOptional, nextLogon);
    }

    [Fact]
    public void DecideLogon_SkipAfterMandatory_IsIgnored()
    {
        var decision = _policy.DecideLogon(Unregistered(Permissions.Approval), PolicyDates.TokenMandatory, tokenRegistrationSkipped: true);

        Assert.Equal(LogonDecision.RegisterTokenRequired, decision);
    }

    [Theory]
    [InlineData(TokenStanding.Active)]
    [InlineData(TokenStanding.Locked)]
    public void DecideLogon_TokenRegistered_ProceedsInEveryPhase(TokenStanding token)
    {
        var user = new UserAuthFacts(Permissions.All, token, HasOtpAddress: false, OtpLocked: false);
        foreach (var phase in PolicyDates.AllPhases)
        {
            Assert.Equal(LogonDecision.Proceed, _policy.DecideLogon(user, PolicyDates.At(phase), false));
        }
    }

    [Theory]
    [InlineData(nameof(PolicyDates.BeforeOtpMandatory), LogonStep.Proceed, true)]
    [InlineData(nameof(PolicyDates.OtpOnly), LogonStep.RegisterOtpAddress, false)]
    [InlineData(nameof(PolicyDates.LastGraceTick), LogonStep.RegisterOtpAddress, false)]
    [InlineData(nameof(PolicyDates.TokenMandatory), LogonStep.RegisterToken, false)]
    public void DecideLogon_FundTransferWithoutOtpAddressAfterSkip_LeadsToAddressUntilTokensAreMandatory(string phase, LogonStep expected, bool canSkip)
    {
        var user = Unregistered(Permissions.Inquiry | Permissions.FundTransfer, hasOtpAddress: false);

        var decision = _policy.DecideLogon(user, PolicyDates.At(phase), tokenRegistrationSkipped: true);

        Assert.Equal(new LogonDecision(expected, canSkip), decision);
    }

    [Fact]
    public void DecideLogon_FundTransferWithoutOtpAddressInGrace_OffersTokenFirst()
    {
        var decision = _policy.DecideLogon(Unregistered(Permissions.FundTransfer, hasOtpAddress: false), PolicyDates.Grace, false);

        Assert.Equal(LogonDecision.RegisterTokenOptional, decision);
    }

    [Theory]
    [InlineData(Permissions.Approval)]
    [InlineData(Permissions.Admin | Permissions.Inquiry)]
    [InlineData(Permissions.DataCreation)]
    public void DecideLogon_NoFundTransferWithoutOtpAddress_NeedsNoAddress(Permissions permissions)
    {
        var decision = _policy.DecideLogon(Unregistered(permissions, hasOtpAddress: false), PolicyDates.OtpOnly, false);

        Assert.Equal(LogonDecision.Proceed, decision);
    }

    [Fact]
    public void DecideLogon_FundTransferWithTokenAndNoAddress_NeedsNoAddress()
    {
        var user = new UserAuthFacts(Permissions.FundTransfer, TokenStanding.Active, HasOtpAddress: false, OtpLocked: false);

        Assert.Equal(LogonDecision.Proceed, _policy.DecideLogon(user, PolicyDates.Grace, false));
    }

    [Theory]
    [InlineData(nameof(PolicyDates.OtpOnly), Permissions.FundTransfer, false)]
    [InlineData(nameof(PolicyDates.TokenAvailable), Permissions.FundTransfer, true)]
    [InlineData(nameof(PolicyDates.AfterMandatory), Permissions.DataCreation, true)]
    [InlineData(nameof(PolicyDates.AfterMandatory), Permissions.Inquiry, false)]
    public void CanRegisterToken_ByPhaseAndPermissions_FollowsAvailability(string phase, Permissions permissions, bool expected)
    {
        Assert.Equal(expected, _policy.CanRegisterToken(permissions, PolicyDates.At(phase)));
    }
}
