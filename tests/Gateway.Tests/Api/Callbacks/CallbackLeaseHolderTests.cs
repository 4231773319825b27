using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Callbacks;
using Inkan.Silo;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>Two nodes' lease holders over one relay grain: one delivers at a time, the other takes over when it stops.</summary>
public sealed class CallbackLeaseHolderTests : IAsyncLifetime
{
    private static readonly CallbackOptions Options = OptionsOf("node-a");

    private readonly BankApiFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task CheckAsync_TwoNodes_OneHoldsUntilItStopsRenewingThenTheOtherTakesOver()
    {
        // A relay grain of its own, apart from the one this gateway's relay leases.
        var relay = _factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallbackRelayGrain>("lease-test");
        var a = new CallbackLeaseHolder(relay, Options, _factory.Clock);
        var b = new CallbackLeaseHolder(relay, OptionsOf("node-b"), _factory.Clock);

        Assert.Equal((true, true), await a.CheckAsync());
        Assert.Equal((false, false), await b.CheckAsync());

        // A renews at half the lease; B, asking once per poll interval meanwhile, keeps being refused.
        for (var i = 0; i < 30; i++)
        {
            _factory.Clock.Advance(Options.PollInterval);
            Assert.Equal((true, false), await a.CheckAsync());
            Assert.False((await b.CheckAsync()).Held);
        }

        // A stops (no more checks): once its lease has run out, B takes over, and A learns it lost it.
        _factory.Clock.Advance(Options.LeaseDuration + Options.PollInterval);
        Assert.Equal((true, true), await b.CheckAsync());
        Assert.Equal((false, false), await a.CheckAsync());
    }

    private static CallbackOptions OptionsOf(string node)
        => new() { NodeId = node, PollInterval = TimeSpan.FromSeconds(5), LeaseDuration = TimeSpan.FromMinutes(1) };
}
