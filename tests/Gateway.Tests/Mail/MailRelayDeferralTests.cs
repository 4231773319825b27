using Inkan.Gateway.Mail;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>A mail whose recipient is refused for now is set aside: the mails behind it go first, and it is retried on its own schedule.</summary>
public sealed class MailRelayDeferralTests : RelayTestBase
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(2);

    private static MailDeliveryException RecipientBusy() => new("SMTP 450: mailbox busy", permanent: false) { RecipientOnly = true };

    [Fact]
    public async Task Relay_RecipientRefusedForNow_LaterMailsGoFirstThenItIsRetried()
    {
        var transport = new ScriptedTransport(RecipientBusy());
        await using var node = await StartIdleAsync(transport);
        var first = await node.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow(), to: "someone@unknown-domain.example"), notify: false);
        var second = await node.QueueAsync(TestMails.Otp("txn-2/otp/1", Time.GetUtcNow()));

        await Time.WaitForPendingAsync(FirstRetry);

        Assert.Equal("txn-2/otp/1", Assert.Single(transport.Sent).Id);
        Assert.Equal(second, await node.Relay.GetDoneThroughAsync());
        Assert.Equal((first, 1), Assert.Single(await node.Relay.GetDeferredAsync()) is var d ? (d.EntryId, d.Attempts) : default);

        var idle = Time.Armed(Poll) + 1;
        Time.Advance(FirstRetry);
        await Time.WaitForPendingAsync(Poll, armedAtLeast: idle);

        Assert.Equal(["txn-2/otp/1", "txn-1/otp/1"], transport.Sent.Select(m => m.Id));
        Assert.Empty(await node.Relay.GetDeferredAsync());
        Assert.Empty(await node.Relay.GetFailuresAsync());
    }

    [Fact]
    public async Task Relay_DeferredMailAcrossRestart_SentByTheNextProcess()
    {
        var transport = new ScriptedTransport(RecipientBusy());
        var node = await StartIdleAsync(transport);
        await node.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow()));
        await Time.WaitForPendingAsync(FirstRetry);
        await node.DisposeAsync();

        var next = new ScriptedTransport();
        await using var restarted = await RelayHost.StartAsync(Store, Time, next);
        await Time.WaitForPendingAsync(FirstRetry);
        Time.Advance(FirstRetry);
        await next.WaitForSentAsync(1);

        Assert.Equal("txn-1/otp/1", Assert.Single(next.Sent).Id);
    }

    [Fact]
    public async Task Relay_RecipientRefusedUntilGiveUpAfter_RecordedAsFailed()
    {
        var transport = new ScriptedTransport(Enumerable.Range(0, 20).Select(_ => RecipientBusy()).ToArray());
        await using var node = await StartIdleAsync(transport);
        await node.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow()));

        // GiveUpAfter is one minute: retries 2, 4, 8 and then every 10 seconds reach it at about 64 seconds. The clock
        // moves a second at a time, so a relay that lags behind a busy machine retries a little later, never wrongly.
        for (var second = 0; second < 90; second++)
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10);
        }

        var failure = await WaitForFailureAsync(node);
        Assert.Equal("txn-1/otp/1", failure.MailId);
        Assert.InRange(failure.Attempts, 2, 9);
        Assert.True(failure.FailedAt - failure.QueuedAt >= TimeSpan.FromMinutes(1));
        Assert.Empty(await node.Relay.GetDeferredAsync());
        Assert.Empty(transport.Sent);
    }

    private static async Task<Grains.Mail.MailFailure> WaitForFailureAsync(RelayHost node)
    {
        for (var i = 0; i < 1000; i++)
        {
            if (await node.Relay.GetFailuresAsync() is [var failure])
            {
                return failure;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException("No failure was recorded.");
    }
}
