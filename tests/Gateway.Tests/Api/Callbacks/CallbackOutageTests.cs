using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Callbacks;
using Inkan.Silo;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>
/// A receiver that is down for long holds only its own lane: the others' callbacks keep flowing, and its own wait in
/// the log and all reach it, in order, once it is back, or are given up and recorded.
/// </summary>
public sealed class CallbackOutageTests : IAsyncLifetime
{
    private CallbackOutage _outage = null!;

    public async Task InitializeAsync() => _outage = await CallbackOutage.StartAsync();

    public async Task DisposeAsync() => await _outage.DisposeAsync();

    [Fact]
    public async Task Relay_ReceiverDownWithMoreCallbacksThanTheWholeBudget_OthersAllDeliveredAndOnlyItsLaneIsPosted()
    {
        await using var gateway = _outage.Gateway(laneCapacity: 2);
        var key = await gateway.IssueKeyAsync(ApiScopes.Transactions);

        // 70 is more than all that may be under way (64 with MaxConcurrent 1): 35 times the lane's cap.
        await gateway.AppendNoticesAsync(_outage.Down.Url, key.KeyId, 70);
        await _outage.Down.NextAsync();
        await _outage.Down.NextAsync();
        var healthy = await gateway.AppendNoticesAsync(_outage.Up.Url, key.KeyId, 10);
        var received = new List<string>();
        for (var i = 0; i < healthy.Length; i++)
        {
            received.Add(CallbackOutbox.TransactionOf(await _outage.Up.NextAsync()));
        }

        Assert.Equal(healthy.Order(), received.Order());
        Assert.False(_outage.Down.HasMore);
    }

    [Fact]
    public async Task Relay_TwoReceiversDownBeforeTheirCallbacksPileUp_KeepOnlyWhatWasUnderWayAndOthersStillDelivered()
    {
        await using var second = await CallbackReceiver.StartAsync();
        second.AlwaysAnswer = 503;
        // 32 a lane and 64 under way in all: two receivers down, at 32 each, could hold the whole budget.
        await using var gateway = _outage.Gateway(laneCapacity: 32, ("BankApi:Callbacks:AllowedTargets:2", second.Url));
        var key = await gateway.IssueKeyAsync(ApiScopes.Transactions);
        var down = new[] { _outage.Down, second };
        for (var i = 0; i < down.Length; i++)
        {
            await gateway.AppendNoticesAsync(down[i].Url, key.KeyId, 1);
            Assert.Equal(503, (await down[i].NextAsync()).AnsweredStatus);
            await gateway.Time.WaitForPendingAsync(CallbackOutage.Retry, count: i + 1);
        }

        // The clock stands still, so no retry comes: while they are down, both lanes keep their one callback.
        foreach (var receiver in down)
        {
            await gateway.AppendNoticesAsync(receiver.Url, key.KeyId, 40);
        }

        var healthy = await gateway.AppendNoticesAsync(_outage.Up.Url, key.KeyId, 1);
        Assert.Equal(healthy[0], CallbackOutbox.TransactionOf(await _outage.Up.NextAsync()));
        Assert.False(_outage.Down.HasMore || second.HasMore);
    }

    [Fact]
    public async Task Relay_ReceiverBackAfterItsLaneFilled_GetsEveryCallbackOnceInLogOrder()
    {
        await using var gateway = _outage.Gateway(laneCapacity: 1);
        var key = await gateway.IssueKeyAsync(ApiScopes.Transactions);
        var pending = await gateway.AppendNoticesAsync(_outage.Down.Url, key.KeyId, 6);
        Assert.Equal(503, (await _outage.Down.NextAsync()).AnsweredStatus);

        _outage.Down.AlwaysAnswer = null;
        await gateway.Time.WaitForPendingAsync(CallbackOutage.Retry);
        gateway.Clock.Advance(CallbackOutage.Retry);
        var delivered = new List<(string, int)>();
        for (var i = 0; i < pending.Length; i++)
        {
            var callback = await _outage.Down.NextAsync();
            delivered.Add((CallbackOutbox.TransactionOf(callback), callback.AnsweredStatus));
        }

        Assert.Equal(pending.Select(id => (id, 200)), delivered);
    }

    [Fact]
    public async Task Relay_ReceiverDownPastGiveUp_EveryCallbackRecordedIncludingThoseLeftInTheLog()
    {
        await using var gateway = _outage.Gateway(laneCapacity: 1, ("BankApi:Callbacks:GiveUpAfter", "00:02:00"));
        var key = await gateway.IssueKeyAsync(ApiScopes.Transactions);
        var pending = await gateway.AppendNoticesAsync(_outage.Down.Url, key.KeyId, 3);
        await _outage.Down.NextAsync();

        // The first is tried three times over two minutes; the others, read again after it, fail once past the limit.
        for (var attempt = 2; attempt <= 3; attempt++)
        {
            await gateway.Time.WaitForPendingAsync(CallbackOutage.Retry);
            gateway.Clock.Advance(CallbackOutage.Retry);
            await _outage.Down.NextAsync();
        }

        await _outage.Down.NextAsync();
        await _outage.Down.NextAsync();
        var relay = gateway.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await relay.GetAsync()).Failures.Count < pending.Length)
        {
            await Task.Delay(10, deadline.Token);
        }

        var failures = (await relay.GetAsync()).Failures;
        Assert.Equal(pending.Select(id => (id, "HTTP 503")), failures.Select(f => (f.TransactionId, f.Reason)));
        Assert.Equal([3, 1, 1], failures.Select(f => f.Attempts));
    }
}
