using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;
using Inkan.TestSupport;
using Inkan.TestSupport.Postgres;

namespace Inkan.Grains.Tests.Faults;

/// <summary>
/// An audit chain verified through a silo whose copy of the chain's holder another silo has overtaken: the head
/// must come from storage, or the entries the other silo appended would look like a chain that does not end
/// where its head says.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloAuditTests(PostgresCluster postgres)
{
    [Fact]
    public async Task VerifyAsync_ThroughSiloWithStaleCopies_ChainsIntact()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(TwoSiloAuditTests));
        var masterKey = DomainSilo.NewMasterKey();
        var clock = new ManualTimeProvider();
        await using var first = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        var stale = new Bank(first);
        var token = await stale.ContractWithTokenAsync("C1");
        Assert.True((await first.Audit.VerifyAsync(AuditChains.ForToken(token.Serial), CancellationToken.None)).IsIntact);
        Assert.True((await first.Audit.VerifyAsync(AuditChains.ForContract("C1"), CancellationToken.None)).IsIntact);

        // The second silo appends to both chains: a challenge (contract) and a wrong code (token).
        await using var second = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        var current = new Bank(second);
        var tx = await current.PendingTransferAsync("C1", "master");
        await current.ConfirmAsync(tx, Bank.WrongCode(token, tx));

        Assert.True((await first.Audit.VerifyAsync(AuditChains.ForToken(token.Serial), CancellationToken.None)).IsIntact);
        Assert.True((await first.Audit.VerifyAsync(AuditChains.ForContract("C1"), CancellationToken.None)).IsIntact);
    }
}
