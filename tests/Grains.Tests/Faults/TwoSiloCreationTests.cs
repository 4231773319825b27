using Inkan.Grains.Errors;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Silo;
using Inkan.TestSupport;
using Inkan.TestSupport.Postgres;

namespace Inkan.Grains.Tests.Faults;

/// <summary>
/// Two silos create transactions for one contract: a silo whose copy of the contract's audit chain is out of date
/// fails its first append. The creation must then fail whole, leaving no challenge behind that nobody audited and
/// whose ID the caller never learnt.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloCreationTests(PostgresCluster postgres)
{
    [Fact]
    public async Task CreateAsync_ContractChainMovedOnAtAnotherSilo_FailsWithNothingStoredAndRetrySucceeds()
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
        await Assert.ThrowsAsync<InconsistentStateException>(() => stale.Transaction(id).CreateAsync(new TransactionRequest("C1", "master", Bank.Transfer())));

        var missing = await Assert.ThrowsAsync<DomainException>(() => current.Transaction(id).GetAsync("C1", "master"));
        Assert.Equal(DomainError.NotFound, missing.Error);
        var retried = await stale.Transaction(id).CreateAsync(new TransactionRequest("C1", "master", Bank.Transfer()));
        Assert.Equal(CreateOutcome.Created, retried.Outcome);
    }
}
