using Inkan.Grains.Mail;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Gateway.Tests.Mail;

public sealed class MailRelayNodeTests : RelayTestBase
{
    [Fact]
    public async Task Relay_QueuedMail_SentOnceAndCursorMoves()
    {
        var transport = new ScriptedTransport();
        await using var node = await StartIdleAsync(transport);

        var id = await SettleAsync(() => node.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow())));

        Assert.Equal("txn-1/otp/1", Assert.Single(transport.Sent).Id);
        Assert.Equal(id, await node.Relay.GetDoneThroughAsync());
        Assert.Empty(await node.Relay.GetFailuresAsync());
    }

    [Fact]
    public async Task Relay_Restart_SendsWhatWasNotSentAndNothingTwice()
    {
        await using (var before = await StartIdleAsync(new ScriptedTransport { AlwaysFail = true }))
        {
            await before.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow()));
            await Time.WaitForPendingAsync(TimeSpan.FromSeconds(2));
        }

        var after = new ScriptedTransport();
        await using (var node = await StartIdleAsync(after))
        {
            var second = await SettleAsync(() => node.QueueAsync(TestMails.Otp("txn-2/otp/1", Time.GetUtcNow())));
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
            await dying.QueueAsync(TestMails.Otp("txn-1/otp/1", Time.GetUtcNow()));
            await Time.WaitForPendingAsync(TimeSpan.FromSeconds(2));
        }

        var transport = new ScriptedTransport();
        await using var other = await StartIdleAsync(transport, "node-b");
        Assert.Empty(transport.Sent);

        await SettleAsync(() =>
        {
            Time.Advance(Poll);
            return Task.FromResult(0);
        });

        Assert.Equal("txn-1/otp/1", Assert.Single(transport.Sent).Id);
    }

    [Fact]
    public async Task Relay_TwoNodes_EachMailSentOnce()
    {
        var transport = new ScriptedTransport();
        await using var nodeA = await RelayHost.StartAsync(Store, Time, transport, node: "node-a");
        await using var nodeB = await RelayHost.StartAsync(Store, Time, transport, node: "node-b");
        for (var i = 1; i <= 5; i++)
        {
            await nodeA.QueueAsync(TestMails.Otp($"txn-{i}/otp/1", Time.GetUtcNow()));
            nodeB.Signal.Notify();
        }

        await transport.WaitForSentAsync(5);

        // Each poll makes both nodes look again; a node with stale state loses its claim write and reloads.
        for (var round = 0; round < 3; round++)
        {
            await Time.WaitForPendingAsync(Poll, count: 2);
            Time.Advance(Poll);
        }

        await Time.WaitForPendingAsync(Poll, count: 2);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"txn-{i}/otp/1"), transport.Sent.Select(m => m.Id).Order(StringComparer.Ordinal));
    }
}
