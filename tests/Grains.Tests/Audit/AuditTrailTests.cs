using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Audit;

public sealed class AuditTrailTests : SiloTest
{
    /// <summary>Registration, challenges, failures, lock, unlock, success and revoke on contract C1; returns the token's serial.</summary>
    internal static async Task<string> RunLifeCycleAsync(Bank bank)
    {
        var token = await bank.ContractWithTokenAsync("C1");
        var tx = await bank.PendingTransferAsync("C1", "master");
        for (var i = 0; i < 5; i++)
        {
            await bank.ConfirmAsync(tx, Bank.WrongCode(token, tx));
        }

        await bank.Token(token.Serial).UnlockAsync("REQ-77", "bo-operator");
        await bank.ConfirmAsync(tx, Bank.RightCode(token, tx));
        await bank.ConfirmAsync(tx, Bank.RightCode(token, tx));
        await bank.Token(token.Serial).RevokeAsync("contract closed", "bo-operator");
        return token.Serial;
    }

    [Fact]
    public async Task LifeCycle_EveryTokenEvent_IsInTheTokensChain()
    {
        var serial = await RunLifeCycleAsync(Bank);

        var entries = await Silo.Audit.ReadAllAsync(AuditChains.ForToken(serial), CancellationToken.None);

        Assert.Equal(
            [AuditEventType.TokenImported, AuditEventType.TokenRegistered, .. Enumerable.Repeat(AuditEventType.ConfirmationFailed, 5),
             AuditEventType.TokenLocked, AuditEventType.TokenUnlocked, AuditEventType.ConfirmationSucceeded, AuditEventType.TokenRevoked],
            entries.Select(e => e.Record.EventType));
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(["failures=1", "failures=2", "failures=3", "failures=4", "failures=5"], entries.Skip(2).Take(5).Select(e => e.Record.Details));
        Assert.All(entries, e => Assert.Equal(serial, e.Record.TokenSerial));
        Assert.All(entries.Skip(1), e => Assert.Equal("C1", e.Record.ContractId));
        Assert.True((await Silo.Audit.VerifyAsync(AuditChains.ForToken(serial), CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task LifeCycle_ContractEvents_AreInTheContractsChain()
    {
        await RunLifeCycleAsync(Bank);

        var entries = await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);

        Assert.Equal(
            [AuditEventType.UserChanged, AuditEventType.TokenIssued, AuditEventType.ChallengeIssued, AuditEventType.ChallengeIssued, AuditEventType.ConfirmationRefused],
            entries.Select(e => e.Record.EventType));
        Assert.All(entries, e => Assert.Equal("C1", e.Record.ContractId));
        Assert.True((await Silo.Audit.VerifyAsync(AuditChains.ForContract("C1"), CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task ImportAsync_TokensInStock_EachChainStartsWithItsImport()
    {
        var tokens = await Bank.ImportAsync(3);

        foreach (var token in tokens)
        {
            var entry = Assert.Single(await Silo.Audit.ReadAllAsync(AuditChains.ForToken(token.Serial), CancellationToken.None));
            Assert.Equal((1, AuditEventType.TokenImported, token.Serial, null), (entry.Sequence, entry.Record.EventType, entry.Record.TokenSerial, entry.Record.ContractId));
            Assert.Equal(new AuditHead(1, entry.Hash), await Bank.Token(token.Serial).GetAuditHeadAsync());
            Assert.True((await Silo.Audit.VerifyAsync(AuditChains.ForToken(token.Serial), CancellationToken.None)).IsIntact);
        }

        var inventory = await Silo.Audit.ReadAllAsync(AuditChains.Bank, CancellationToken.None);
        Assert.Equal(tokens.Select(t => t.Serial).Order(), inventory.Select(e => e.Record.TokenSerial).Order());
        Assert.All(inventory, e => Assert.Equal((AuditEventType.TokenImported, "batch=test-batch"), (e.Record.EventType, e.Record.Details)));
        Assert.True((await Silo.Audit.VerifyAsync(AuditChains.Bank, CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task AppendAsync_StampsTheClocksTime()
    {
        Silo.Clock.Advance(TimeSpan.FromMinutes(3));

        var entry = await Silo.Grains.GetGrain<IAuditGrain>("test").AppendAsync(new AuditRecord(AuditEventType.TokenUnlocked, Details: "x"));

        Assert.Equal(Silo.Clock.GetUtcNow(), entry.Time);
        Assert.Equal(new AuditHead(1, entry.Hash), await Silo.Grains.GetGrain<IAuditGrain>("test").GetHeadAsync());
    }
}
