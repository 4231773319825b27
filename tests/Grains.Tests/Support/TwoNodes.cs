using Inkan.Grains.Policy;
using Inkan.Silo.Storage.Memory;
using Inkan.TestSupport;

namespace Inkan.Grains.Tests.Support;

/// <summary>
/// Base of tests with two silos over one shared memory store, as two nodes over one database: one clock, one master key,
/// one policy; each node keeps its own activations, so what one node changes the other holds an older copy of.
/// </summary>
public abstract class TwoNodes : IAsyncLifetime
{
    private readonly MemoryStateStore _store = new();

    internal ManualTimeProvider Clock { get; } = new();

    /// <summary>The first node; set up data here, its token serials are the only ones.</summary>
    internal Bank A { get; private set; } = null!;

    internal Bank B { get; private set; } = null!;

    /// <summary>The policy both nodes run, given the clock's start.</summary>
    internal virtual PolicyOptions Policy(DateTimeOffset now) => DomainSilo.DefaultPolicy(now);

    /// <summary>A policy for <see cref="Policy"/> under which email OTP is mandatory and tokens are not yet.</summary>
    internal static PolicyOptions EmailOtpPhase(DateTimeOffset now) => new()
    {
        EmailOtpMandatorySince = now.AddDays(-30),
        TokenAuthAvailableSince = now.AddDays(-1),
        TokenAuthMandatorySince = now.AddDays(30),
    };

    public virtual async Task InitializeAsync()
    {
        var masterKey = DomainSilo.NewMasterKey();
        var policy = Policy(Clock.GetUtcNow());
        A = new Bank(await DomainSilo.StartAsync(clock: Clock, policy: policy, masterKey: masterKey, wrapStorage: _ => Shared()));
        B = new Bank(await DomainSilo.StartAsync(clock: Clock, policy: policy, masterKey: masterKey, wrapStorage: _ => Shared()));
    }

    public async Task DisposeAsync()
    {
        await B.Silo.DisposeAsync();
        await A.Silo.DisposeAsync();
    }

    private MemoryGrainStorage Shared() => new(store: _store) { SharedWithOtherSilos = true };
}
