using Inkan.Grains.Mail;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Gateway.Tests.Mail;

public sealed class MailRelayRetryTests : RelayTestBase
{
    [Fact]
    public async Task Relay_TransientFailures_RetriesWithExponentialBackoffThenSendsOnce()
    {
        var transport = new ScriptedTransport(ScriptedTransport.Transient(), ScriptedTransport.Transient(), ScriptedTransport.Transient(), ScriptedTransport.Transient());
        await using var node = await StartIdleAsync(transport);
        var idle = Time.Armed(Poll) + 1;
        await node.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow()));

        foreach (var seconds in new[] { 2, 4, 8, 10 })
        {
            var delay = TimeSpan.FromSeconds(seconds);
            await Time.WaitForPendingAsync(delay);
            var attempts = transport.Attempts;
            Time.Advance(delay - TimeSpan.FromMilliseconds(1));
            Assert.Equal(attempts, transport.Attempts);
            Time.Advance(TimeSpan.FromMilliseconds(1));
        }

        await Time.WaitForPendingAsync(Poll, armedAtLeast: idle);
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
            first = await node.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow(), to: "nobody@example.jp"), notify: false);
            return await node.QueueAsync(TestMails.Otp("txn-2/otp/1", Time.GetUtcNow()));
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
        var idle = Time.Armed(Poll) + 1;
        await node.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow()));

        // GiveUpAfter is one minute: waits of 2, 4, 8, 10, 10, 10, 10 and 10 seconds reach 64 seconds.
        foreach (var seconds in new[] { 2, 4, 8, 10, 10, 10, 10, 10 })
        {
            await Time.WaitForPendingAsync(TimeSpan.FromSeconds(seconds));
            Time.Advance(TimeSpan.FromSeconds(seconds));
        }

        await Time.WaitForPendingAsync(Poll, armedAtLeast: idle);
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
}
