using Inkan.Grains.Mail;
using Inkan.Silo;
using Inkan.Silo.Storage.Memory;
using Inkan.TestSupport;

namespace Inkan.Grains.Tests.Mail;

public sealed class MailRelayGrainTests
{
    private readonly MemoryStateStore _store = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2016, 5, 16, 1, 0, 0, TimeSpan.Zero));

    private DateTimeOffset Lease => _time.GetUtcNow().AddMinutes(2);

    [Fact]
    public async Task Claim_OtherNodeWhileLeaseLive_HeldElsewhereUntilItLapses()
    {
        await using var a = await MailSilo.StartAsync(_store, _time);
        await using var b = await MailSilo.StartAsync(_store, _time);

        Assert.Equal(MailClaim.Granted, await a.Relay.ClaimAsync(1, "node-a", Lease));
        Assert.Equal(MailClaim.HeldElsewhere, await b.Relay.ClaimAsync(1, "node-b", Lease));
        Assert.Equal(MailClaim.Granted, await a.Relay.ClaimAsync(1, "node-a", Lease));

        _time.Advance(TimeSpan.FromMinutes(3));
        await using var c = await MailSilo.StartAsync(_store, _time);

        Assert.Equal(MailClaim.Granted, await c.Relay.ClaimAsync(1, "node-c", Lease));
    }

    [Fact]
    public async Task Claim_NodeWithStaleState_ConflictsAndNeverSendsADeliveredMail()
    {
        await using var a = await MailSilo.StartAsync(_store, _time);
        await using var b = await MailSilo.StartAsync(_store, _time);
        Assert.Equal(0, await b.Relay.GetDoneThroughAsync());

        Assert.Equal(MailClaim.Granted, await a.Relay.ClaimAsync(1, "node-a", Lease));
        await a.Relay.MarkDeliveredAsync(1);

        await Assert.ThrowsAsync<InconsistentStateException>(() => b.Relay.ClaimAsync(1, "node-b", Lease));
        await using var c = await MailSilo.StartAsync(_store, _time);
        Assert.Equal(MailClaim.Done, await c.Relay.ClaimAsync(1, "node-c", Lease));
        Assert.Equal(1, await c.Relay.GetDoneThroughAsync());
    }

    [Fact]
    public async Task MarkDelivered_MovesCursorAndReleasesLease()
    {
        await using var a = await MailSilo.StartAsync(_store, _time);
        await a.Relay.ClaimAsync(7, "node-a", Lease);

        await a.Relay.MarkDeliveredAsync(7);

        Assert.Equal(7, await a.Relay.GetDoneThroughAsync());
        Assert.Equal(MailClaim.Done, await a.Relay.ClaimAsync(7, "node-a", Lease));
        Assert.Equal(MailClaim.Granted, await a.Relay.ClaimAsync(9, "node-a", Lease));
    }

    [Fact]
    public async Task RecordFailure_VisibleAfterRestartAndNotRecordedTwice()
    {
        var failure = new MailFailure(3, "txn-1/otp/1", "taro@example.jp", "件名", _time.GetUtcNow(), _time.GetUtcNow(), 2, "SMTP 550: no such mailbox");
        await using (var a = await MailSilo.StartAsync(_store, _time))
        {
            await a.Relay.RecordFailureAsync(failure);
            await a.Relay.RecordFailureAsync(failure);
        }

        await using var restarted = await MailSilo.StartAsync(_store, _time);

        Assert.Equal(failure, Assert.Single(await restarted.Relay.GetFailuresAsync()));
        Assert.Equal(3, await restarted.Relay.GetDoneThroughAsync());
    }

    [Fact]
    public async Task Defer_MovesCursorKeepsEntryClaimableUntilSettled()
    {
        await using (var a = await MailSilo.StartAsync(_store, _time))
        {
            await a.Relay.ClaimAsync(1, "node-a", Lease);
            await a.Relay.DeferAsync(1, 1, _time.GetUtcNow().AddSeconds(2));
            await a.Relay.DeferAsync(1, 2, _time.GetUtcNow().AddSeconds(4));
        }

        await using var b = await MailSilo.StartAsync(_store, _time);

        Assert.Equal(1, await b.Relay.GetDoneThroughAsync());
        Assert.Equal(new DeferredMail(1, 2, _time.GetUtcNow().AddSeconds(4)), Assert.Single(await b.Relay.GetDeferredAsync()));
        Assert.Equal(MailClaim.Granted, await b.Relay.ClaimAsync(1, "node-b", Lease));
        await b.Relay.MarkDeliveredAsync(1);
        Assert.Empty(await b.Relay.GetDeferredAsync());
        Assert.Equal(MailClaim.Done, await b.Relay.ClaimAsync(1, "node-b", Lease));
        await b.Relay.DeferAsync(1, 3, Lease);
        Assert.Empty(await b.Relay.GetDeferredAsync());
    }

    [Fact]
    public async Task RecordFailure_ManyFailures_KeepsTheMostRecent()
    {
        await using var a = await MailSilo.StartAsync(_store, _time);

        for (var id = 1; id <= MailRelayGrain.RetainedFailures + 2; id++)
        {
            await a.Relay.RecordFailureAsync(new MailFailure(id, $"m{id}", "taro@example.jp", "s", _time.GetUtcNow(), _time.GetUtcNow(), 1, "550"));
        }

        var failures = await a.Relay.GetFailuresAsync();
        Assert.Equal(MailRelayGrain.RetainedFailures, failures.Count);
        Assert.Equal(3, failures[0].EntryId);
    }
}
