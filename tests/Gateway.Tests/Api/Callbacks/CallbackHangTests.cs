using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>
/// A receiver whose last attempt failed gets one POST at a time, its probe, so one that then hangs holds one of the two
/// POST slots and the others' callbacks still go; once the probe is accepted its callbacks go together again. The
/// five-minute POST timeout never runs out here: the slots are shown free, not waited for.
/// </summary>
public sealed class CallbackHangTests : IAsyncLifetime
{
    private CallbackOutage _outage = null!;

    private CallbackReceiver Suspect => _outage.Down;

    public async Task InitializeAsync() => _outage = await CallbackOutage.StartAsync();

    public async Task DisposeAsync() => await _outage.DisposeAsync();

    [Fact]
    public async Task Relay_SuspectReceiverHangsWithCallbacksUnderWay_OthersStillDelivered()
    {
        await using var gateway = Gateway();
        var keyId = await FailEachOnceAsync(gateway, 4);

        Suspect.Hang = true;
        Suspect.AlwaysAnswer = null;
        gateway.Clock.Advance(CallbackOutage.Retry);
        Assert.Equal(0, (await Suspect.NextAsync()).AnsweredStatus);
        var healthy = await gateway.AppendNoticesAsync(_outage.Up.Url, keyId, 3);
        var delivered = new List<string>();
        for (var i = 0; i < healthy.Length; i++)
        {
            delivered.Add(CallbackOutbox.TransactionOf(await _outage.Up.NextAsync()));
        }

        Assert.Equal(healthy, delivered);
        Assert.False(Suspect.HasMore);
    }

    [Fact]
    public async Task Relay_ReceiverFailsWhileItsCallbacksWaitForASlot_OnlyOneOfThemPostsAndOthersStillDelivered()
    {
        await using var gateway = Gateway();
        var key = await gateway.IssueKeyAsync(ApiScopes.Transactions);
        Suspect.Hang = true;
        Suspect.AlwaysAnswer = null;
        await gateway.AppendNoticesAsync(Suspect.Url, key.KeyId, 4);
        await Suspect.NextAsync();
        await Suspect.NextAsync();

        // Both slots were taken while the receiver was healthy; the two callbacks waiting for them find it suspect.
        Suspect.Release(503);
        Assert.Equal(0, (await Suspect.NextAsync()).AnsweredStatus);
        var healthy = await gateway.AppendNoticesAsync(_outage.Up.Url, key.KeyId, 1);

        Assert.Equal(healthy[0], CallbackOutbox.TransactionOf(await _outage.Up.NextAsync()));
        Assert.False(Suspect.HasMore);
    }

    [Fact]
    public async Task Relay_SuspectReceiverAcceptsItsProbe_ItsWaitingCallbacksPostedTogetherAgain()
    {
        await using var gateway = Gateway();
        await FailEachOnceAsync(gateway, 4);

        // The probe is accepted; every POST after it stays open, so two open at once show both slots taken by this receiver.
        Suspect.Answer(200);
        Suspect.Hang = true;
        Suspect.AlwaysAnswer = null;
        gateway.Clock.Advance(CallbackOutage.Retry);
        var answered = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            answered.Add((await Suspect.NextAsync()).AnsweredStatus);
        }

        Assert.Equal([200, 0, 0], answered);
    }

    [Fact]
    public async Task Relay_AttemptFailsBeforeAnyPost_ReceiverNotSuspectItsCallbacksStillGoTogether()
    {
        await using var gateway = Gateway();
        var receiver = _outage.Up;
        var key = await gateway.IssueKeyAsync(ApiScopes.Transactions);
        receiver.Hang = true;
        try
        {
            // A notice whose key does not exist (deleted, or its secret no longer decrypts): it fails without a POST.
            await gateway.AppendNoticesAsync(receiver.Url, "00000000000000ff", 1);
            await gateway.Time.WaitForPendingAsync(CallbackOutage.Retry);
            Assert.False(receiver.HasMore);

            // Two callbacks of a valid key, two POST slots free: both go at once, the first left hanging.
            await gateway.AppendNoticesAsync(receiver.Url, key.KeyId, 2);
            await receiver.NextAsync();
            await receiver.NextAsync();
        }
        finally
        {
            receiver.Release(200);
        }
    }
    private BankApiFactory Gateway()
        => _outage.Gateway(laneCapacity: 4, ("BankApi:Callbacks:MaxConcurrent", "2"), ("BankApi:Callbacks:Timeout", "00:05:00"));

    // Each of count callbacks to the suspect receiver, which answers 503, fails once and waits out its backoff on the standing clock.
    private async Task<string> FailEachOnceAsync(BankApiFactory gateway, int count)
    {
        var key = await gateway.IssueKeyAsync(ApiScopes.Transactions);
        await gateway.AppendNoticesAsync(Suspect.Url, key.KeyId, count);
        for (var i = 0; i < count; i++)
        {
            await Suspect.NextAsync();
        }

        await gateway.Time.WaitForPendingAsync(CallbackOutage.Retry, count);
        return key.KeyId;
    }
}
