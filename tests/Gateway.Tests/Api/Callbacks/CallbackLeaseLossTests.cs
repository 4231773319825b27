using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Callbacks;
using Inkan.Silo;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>A node that lost the relay's lease lets its deliveries under way finish, and then waits as an idle relay does.</summary>
public sealed class CallbackLeaseLossTests : IAsyncLifetime
{
    private static readonly TimeSpan Retry = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Poll = TimeSpan.FromHours(1);

    private readonly BankApiFactory _factory = new()
    {
        Settings =
        {
            ["BankApi:Callbacks:RetryInitialDelay"] = "00:02:00",
            ["BankApi:Callbacks:RetryMaxDelay"] = "00:02:00",
            ["BankApi:Callbacks:LeaseDuration"] = "00:01:00",
        },
    };

    private CallbackReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _factory.Settings["BankApi:Callbacks:AllowedTargets:0"] = _receiver.Url;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Relay_LeaseLostWhileACallbackWaitsToRetry_IdlesAfterItIsDelivered()
    {
        _receiver.Answer(503, 200);
        var key = await _factory.IssueKeyAsync(ApiScopes.Transactions);
        await _factory.AppendNoticesAsync(_receiver.Url, key.KeyId, 1);
        await _receiver.NextAsync();
        await _factory.Time.WaitForPendingAsync(Retry);

        // The lease runs out before the retry, and another node takes it.
        _factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var relay = _factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices);
        Assert.True(await relay.HoldLeaseAsync("another-node", _factory.Clock.GetUtcNow() + Poll));
        var idle = _factory.Time.Armed(Poll);
        _factory.Clock.Advance(Retry);
        Assert.Equal(200, (await _receiver.NextAsync()).AnsweredStatus);
        await _factory.Time.WaitForPendingAsync(Poll, armedAtLeast: idle + 1);
        await Task.Delay(TimeSpan.FromMilliseconds(200));

        // Before, the finished delivery stayed in the lanes without the lease, and every idle wait ended at once.
        Assert.InRange(_factory.Time.Armed(Poll), idle + 1, idle + 2);
    }
}
