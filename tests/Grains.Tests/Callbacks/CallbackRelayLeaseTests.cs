using Inkan.Grains.Callbacks;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Callbacks;

public sealed class CallbackRelayLeaseTests : IAsyncLifetime
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private DomainSilo _silo = null!;

    private ICallbackRelayGrain Relay => _silo.Grains.GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices);

    private DateTimeOffset Until => _silo.Clock.GetUtcNow() + Lease;

    public async Task InitializeAsync() => _silo = await DomainSilo.StartAsync();

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task HoldLeaseAsync_NoOneHoldsIt_GrantedAndStored()
    {
        Assert.True(await Relay.HoldLeaseAsync("node-a", Until));

        Assert.Equal("node-a", (await Relay.GetAsync()).Lease?.Node);
    }

    [Fact]
    public async Task HoldLeaseAsync_AnotherNodesLeaseLasts_Refused()
    {
        await Relay.HoldLeaseAsync("node-a", Until);
        _silo.Clock.Advance(Lease - TimeSpan.FromSeconds(1));

        Assert.False(await Relay.HoldLeaseAsync("node-b", Until));
        Assert.Equal("node-a", (await Relay.GetAsync()).Lease?.Node);
    }

    [Fact]
    public async Task HoldLeaseAsync_AnotherNodesLeaseEnded_TakenOver()
    {
        await Relay.HoldLeaseAsync("node-a", Until);
        _silo.Clock.Advance(Lease + TimeSpan.FromSeconds(1));

        Assert.True(await Relay.HoldLeaseAsync("node-b", Until));
        Assert.False(await Relay.HoldLeaseAsync("node-a", Until));
    }

    [Fact]
    public async Task HoldLeaseAsync_HolderRenews_KeepsItPastTheFirstEnd()
    {
        await Relay.HoldLeaseAsync("node-a", Until);
        _silo.Clock.Advance(Lease / 2);
        Assert.True(await Relay.HoldLeaseAsync("node-a", Until));
        _silo.Clock.Advance(Lease / 2 + TimeSpan.FromSeconds(1));

        Assert.False(await Relay.HoldLeaseAsync("node-b", Until));
    }
}
