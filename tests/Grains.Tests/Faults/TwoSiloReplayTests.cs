using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.TestSupport;
using Inkan.TestSupport.Postgres;

namespace Inkan.Grains.Tests.Faults;

/// <summary>
/// A used code replayed through a silo whose copy of the transaction is out of date: the copy still says pending,
/// and without a fresh look at storage the code would reach the token, which would accept it and reset its
/// failure count before the transaction's own stale write failed.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloReplayTests(PostgresCluster postgres)
{
    [Fact]
    public async Task ConfirmAsync_UsedCodeThroughSiloWithStaleCopy_RefusedAndFailureCountKept()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(TwoSiloReplayTests));
        var masterKey = DomainSilo.NewMasterKey();
        var clock = new ManualTimeProvider();
        await using var first = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        var stale = new Bank(first);
        var token = await stale.ContractWithTokenAsync("C1");
        await using var second = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        var current = new Bank(second);

        // The first silo creates the transfer and keeps it active; the second authorizes it.
        var used = await stale.PendingTransferAsync("C1", "master");
        var code = Bank.RightCode(token, used);
        Assert.Equal(ConfirmOutcome.Authorized, (await current.ConfirmAsync(used, code)).Outcome);

        var other = await current.PendingTransferAsync("C1", "master");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(ConfirmOutcome.WrongCode, (await current.ConfirmAsync(other, Bank.WrongCode(token, other))).Outcome);
        }

        // The stale silo's copy of the contract's audit chain is out of date too: its first append may fail on the
        // version, and the retry goes through, as a client retries the gateway's 409.
        var (replay, _) = await ConflictRetries.ConfirmAsync(stale, used, code, maxTries: 3);

        Assert.Equal((ConfirmOutcome.NotPending, TransactionStatus.Authorized), (replay.Outcome, replay.Transaction.Status));
        var info = await current.Token(token.Serial).GetInfoAsync();
        Assert.Equal((3, false), (info.Failures, info.Locked));
    }
}
