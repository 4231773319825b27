using Inkan.Grains.Mail;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Gateway.Tests.Mail;

public sealed class MailRelayTests
{
    private static readonly TimeSpan Poll = RelayHost.PollInterval;
    private readonly MemoryStateStore _store = new();
    private readonly TimerWatch _time = new();

    [Fact]
    public async Task Relay_QueuedMail_SentOnceAndCursorMoves()
    {
        var transport = new ScriptedTransport();
        await using var node = await StartIdleAsync(transport);

        var id = await SettleAsync(() => node.QueueAsync(TestMails.Otp("txn-1/otp/1", _time.GetUtcNow())));

        Assert.Equal("txn-1/otp/1", Assert.Single(transport.Sent).Id);
        Assert.Equal(id, await node.Relay.GetDoneThroughAsync());
        Assert.Empty(await node.Relay.GetFailuresAsync());
    }

    [Fact]
    public async Task Relay_TransientFailures_RetriesWithExponentialBackoffThenSendsOnce()
    {
        var transport = new ScriptedTransport(ScriptedTransport.Transient(), ScriptedTransport.Transient(), ScriptedTransport.Transient(), ScriptedTransport.Transient());
        await using var node = await StartIdleAsync(transport);
        var idle = _time.Armed(Poll) + 1;
        await node.QueueAsync(TestMails.Otp("txn-1/otp/1", _time.GetUtcNow()));

        foreach (var seconds in new[] { 2, 4, 8, 10 })
        {
            var delay = TimeSpan.FromSeconds(seconds);
            await _time.WaitForPendingAsync(delay);
            var attempts = transport.Attempts;
            _time.Advance(delay - TimeSpan.FromMilliseconds(1));
            Assert.Equal(attempts, transport.Attempts);
            _time.Advance(TimeSpan.FromMilliseconds(1));
        }

        await _time.WaitForPendingAsync(Poll, armedAtLeast: idle);
        Assert.Equal(5, transport.Attempts);
        Assert.Single(transport.Sent);
    }

    [Fact]
    public async Task Relay_PermanentFailure_RecordedAndNextMailStillSent()
    {
        var transport = new ScriptedTransport(ScriptedTransport.Permanent());
        await using var node = await StartIdleAsync(transport);
        long first = 0;

        var second = await SettleAsync(async () =>
        {
            first = await node.QueueAsync(TestMails.Otp("txn-1/otp/1", _time.GetUtcNow(), to: "nobody@example.jp"), notify: false);
            return await node.QueueAsync(TestMails.Otp("txn-2/otp/1", _time.GetUtcNow()));
        });

        var failure = Assert.Single(await node.Relay.GetFailuresAsync());
        Assert.Equal((first, "txn-1/otp/1", "nobody@example.jp", 1), (failure.EntryId, failure.MailId, failure.To, failure.Attempts));
        Assert.Contains("550", failure.Reason, StringComparison.Ordinal);
        Assert.Equal("txn-2/otp/1", Assert.Single(transport.Sent).Id);
        Assert.Equal(second, await node.Relay.GetDoneThroughAsync());
        var logged = Assert.Single(await node.Storage.ReadLogAsync(MailRelayGrain.FailureLogName, 0, 10, CancellationToken.None));
        Assert.Contains("txn-1/otp/1", logged.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Relay_FailingPastGiveUpAfter_RecordedWithAttempts()
    {
        var transport = new ScriptedTransport { AlwaysFail = true };
        await using var node = await StartIdleAsync(transport);
        var idle = _time.Armed(Poll) + 1;
        await node.QueueAsync(TestMails.Otp("txn-1/otp/1", _time.GetUtcNow()));

        // GiveUpAfter is one minute: waits of 2, 4, 8, 10, 10, 10, 10 and 10 seconds reach 64 seconds.
        foreach (var seconds in new[] { 2, 4, 8, 10, 10, 10, 10, 10 })
        {
            await _time.WaitForPendingAsync(TimeSpan.FromSeconds(seconds));
            _time.Advance(TimeSpan.FromSeconds(seconds));
        }

        await _time.WaitForPendingAsync(Poll, armedAtLeast: idle);
        var failure = Assert.Single(await node.Relay.GetFailuresAsync());
        Assert.Equal(9, failure.Attempts);
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task Relay_UnreadableEntry_RecordedAsFailed()
    {
        var transport = new ScriptedTransport();
        await using var node = await StartIdleAsync(transport);

        await SettleAsync(async () =>
        {
            await node.Storage.WriteAsync(new("test.sender", "bad", 0, "{}"u8.ToArray(), [new(OutboxMail.LogName, "{not json")]));
            node.Signal.Notify();
            return 0;
        });

        var failure = Assert.Single(await node.Relay.GetFailuresAsync());
        Assert.Equal(0, failure.Attempts);
        Assert.Contains("JSON", failure.Reason, StringComparison.Ordinal);
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task Relay_Restart_SendsWhatWasNotSentAndNothingTwice()
    {
        await using (var before = await StartIdleAsync(new ScriptedTransport { AlwaysFail = true }))
        {
            await before.QueueAsync(TestMails.Otp("txn-1/otp/1", _time.GetUtcNow()));
            await _time.WaitForPendingAsync(TimeSpan.FromSeconds(2));
        }

        var after = new ScriptedTransport();
        await using (var node = await StartIdleAsync(after))
        {
            var second = await SettleAsync(() => node.QueueAsync(TestMails.Otp("txn-2/otp/1", _time.GetUtcNow())));
            Assert.Equal(second, await node.Relay.GetDoneThroughAsync());
        }

        var again = new ScriptedTransport();
        await using var last = await StartIdleAsync(again);

        Assert.Equal(["txn-1/otp/1", "txn-2/otp/1"], after.Sent.Select(m => m.Id));
        Assert.Equal(0, again.Attempts);
    }

    [Fact]
    public async Task Relay_NodeDiedHoldingClaim_AnotherNodeSendsAfterLease()
    {
        await using (var dying = await StartIdleAsync(new ScriptedTransport { AlwaysFail = true }, "node-a"))
        {
            await dying.QueueAsync(TestMails.Otp("txn-1/otp/1", _time.GetUtcNow()));
            await _time.WaitForPendingAsync(TimeSpan.FromSeconds(2));
        }

        var transport = new ScriptedTransport();
        await using var other = await StartIdleAsync(transport, "node-b");
        Assert.Empty(transport.Sent);

        await SettleAsync(() =>
        {
            _time.Advance(Poll);
            return Task.FromResult(0);
        });

        Assert.Equal("txn-1/otp/1", Assert.Single(transport.Sent).Id);
    }

    [Fact]
    public async Task Relay_TwoNodes_EachMailSentOnce()
    {
        var transport = new ScriptedTransport();
        await using var nodeA = await RelayHost.StartAsync(_store, _time, transport, node: "node-a");
        await using var nodeB = await RelayHost.StartAsync(_store, _time, transport, node: "node-b");
        for (var i = 1; i <= 5; i++)
        {
            await nodeA.QueueAsync(TestMails.Otp($"txn-{i}/otp/1", _time.GetUtcNow()));
            nodeB.Signal.Notify();
        }

        await transport.WaitForSentAsync(5);

        // Each poll makes both nodes look again; a node with stale state loses its claim write and reloads.
        for (var round = 0; round < 3; round++)
        {
            await _time.WaitForPendingAsync(Poll, count: 2);
            _time.Advance(Poll);
        }

        await _time.WaitForPendingAsync(Poll, count: 2);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"txn-{i}/otp/1"), transport.Sent.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>Starts a node and waits until its relay has looked at the outbox and is idle.</summary>
    private async Task<RelayHost> StartIdleAsync(ScriptedTransport transport, string node = "node-a")
    {
        var idle = _time.Armed(Poll) + 1;
        var host = await RelayHost.StartAsync(_store, _time, transport, node: node);
        await _time.WaitForPendingAsync(Poll, armedAtLeast: idle);
        return host;
    }

    /// <summary>Runs <paramref name="action"/> on an idle relay and waits until the relay is idle again after handling it.</summary>
    private async Task<T> SettleAsync<T>(Func<Task<T>> action)
    {
        var idle = _time.Armed(Poll) + 1;
        var result = await action();
        await _time.WaitForPendingAsync(Poll, armedAtLeast: idle);
        return result;
    }
}
