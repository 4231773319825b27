using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Silo;
using Inkan.TestSupport;
using Inkan.TestSupport.Postgres;

namespace Inkan.Grains.Tests.Faults;

/// <summary>
/// Two silos create transactions for one contract: a silo whose copy of the contract's audit chain is out of date
/// fails its first append, which stores nothing, and appends once more on the chain as stored. The creation goes
/// through, and the chain holds both challenges in one unbroken sequence.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloCreationTests(PostgresCluster postgres)
{
    [Fact]
    public async Task CreateAsync_ContractChainMovedOnAtAnotherSilo_CreatedOnTheChainAsStored()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(TwoSiloCreationTests));
        var masterKey = DomainSilo.NewMasterKey();
        var clock = new ManualTimeProvider();
        await using var first = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        var stale = new Bank(first);
        await stale.ContractWithTokenAsync("C1");
        await using var second = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        var current = new Bank(second);
        await current.PendingTransferAsync("C1", "master");

        var id = TransactionIds.New(clock);
        var created = await stale.Transaction(id).CreateAsync(new TransactionRequest("C1", "master", Bank.Transfer()));

        Assert.Equal(CreateOutcome.Created, created.Outcome);
        Assert.Equal(TransactionStatus.Pending, (await current.Transaction(id).GetAsync("C1", "master")).Status);
        var chain = await second.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);
        Assert.True(AuditChain.Verify(chain).IsIntact);
        Assert.Contains(chain, e => e.Record.EventType == AuditEventType.ChallengeIssued && e.Record.TransactionId == id);
    }
}
