using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.TestSupport;

namespace Inkan.Grains.Tests.Policy;

/// <summary>
/// The policy timeline end to end: one silo whose manual clock walks through every phase. The phases are
/// hours apart because the silo's own timers tick on the same clock.
/// </summary>
public sealed class PolicyPhaseGrainTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2030, 2, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset OtpMandatory = Start.AddHours(1);
    private static readonly DateTimeOffset TokenAvailable = Start.AddHours(2);
    private static readonly DateTimeOffset TokenMandatory = Start.AddHours(3);
    private static readonly DateTimeOffset OtpOnly = OtpMandatory.AddMinutes(30);
    private static readonly DateTimeOffset Grace = TokenAvailable.AddMinutes(30);
    private static readonly DateTimeOffset AfterMandatory = TokenMandatory.AddMinutes(30);
    private readonly ManualTimeProvider _clock = new(Start);
    private DomainSilo _silo = null!;
    private Bank _bank = null!;

    public async Task InitializeAsync()
    {
        _silo = await DomainSilo.StartAsync(clock: _clock, policy: new PolicyOptions
        {
            EmailOtpMandatorySince = OtpMandatory,
            TokenAuthAvailableSince = TokenAvailable,
            TokenAuthMandatorySince = TokenMandatory,
        });
        _bank = new Bank(_silo);
        await _bank.CreateContractAsync("C1");
        await _bank.AddUserAsync("C1", "payer", Permissions.Inquiry | Permissions.FundTransfer);
        await _bank.AddUserAsync("C1", "clerk", Permissions.Inquiry | Permissions.DataCreation);
        await _bank.AddUserAsync("C1", "viewer", Permissions.Inquiry);
    }

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    private Task<LogonDecision> LogonAsync(string login, bool skipped = false) => _bank.User("C1", login).DecideLogonAsync(skipped);

    [Fact]
    public async Task DecideLogonAsync_ThroughTheTimeline_FollowsEachPhase()
    {
        Assert.Equal(LogonDecision.Proceed, await LogonAsync("payer"));

        _clock.SetUtcNow(OtpOnly);
        Assert.Equal(LogonDecision.RegisterOtpAddress, await LogonAsync("payer"));
        Assert.Equal(LogonDecision.Proceed, await LogonAsync("clerk"));

        _clock.SetUtcNow(Grace);
        Assert.Equal(LogonDecision.RegisterTokenOptional, await LogonAsync("payer"));
        Assert.Equal(LogonDecision.RegisterOtpAddress, await LogonAsync("payer", skipped: true));
        Assert.Equal(LogonDecision.RegisterTokenOptional, await LogonAsync("clerk"));
        Assert.Equal(LogonDecision.Proceed, await LogonAsync("viewer"));

        _clock.SetUtcNow(AfterMandatory);
        Assert.Equal(LogonDecision.RegisterTokenRequired, await LogonAsync("payer", skipped: true));
        Assert.Equal(LogonDecision.RegisterTokenOptional, await LogonAsync("clerk"));
        Assert.Equal(LogonDecision.Proceed, await LogonAsync("viewer"));
    }

    [Fact]
    public async Task Operations_ThroughTheTimeline_UseOtpThenNeedToken()
    {
        var token = await _bank.IssuedTokenAsync("C1");
        await _bank.RegisterOtpAddressAsync("C1", "payer", "payer@example.jp");

        var beforeAvailability = await _bank.StartActivationAsync("C1", "payer", token.Serial);
        var otpPhase = await _bank.CreateAsync("C1", "payer", Bank.Transfer());
        _clock.SetUtcNow(AfterMandatory);
        var unregistered = await _bank.CreateAsync("C1", "payer", Bank.Transfer());
        await _bank.ActivateAsync("C1", "payer", token);
        var registered = await _bank.CreateAsync("C1", "payer", Bank.Transfer());

        Assert.Equal(CreateOutcome.RegistrationNotAllowed, beforeAvailability.Outcome);
        Assert.Equal(ConfirmationMethod.EmailOtp, otpPhase.Transaction!.Method);
        Assert.Equal((CreateOutcome.Blocked, BlockReason.TokenRegistrationRequired), (unregistered.Outcome, unregistered.Block));
        Assert.Equal(CreateOutcome.Created, registered.Outcome);
        Assert.Equal(ConfirmationMethod.Token, registered.Transaction!.Method);
    }

    [Fact]
    public async Task DecideConfirmationAsync_TokenRegisteredInGrace_ReplacesEmailOtp()
    {
        var token = await _bank.IssuedTokenAsync("C1");
        await _bank.RegisterOtpAddressAsync("C1", "payer", "payer@example.jp");
        _clock.SetUtcNow(Grace);
        var before = await _bank.User("C1", "payer").DecideConfirmationAsync();

        await _bank.ActivateAsync("C1", "payer", token);

        Assert.Equal(ConfirmationDecision.EmailOtp, before);
        Assert.Equal(ConfirmationDecision.Token, await _bank.User("C1", "payer").DecideConfirmationAsync());
        Assert.Equal(LogonDecision.Proceed, await LogonAsync("payer"));
    }
}
