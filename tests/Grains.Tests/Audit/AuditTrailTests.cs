using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Audit;

public sealed class AuditTrailTests : SiloTest
{
    /// <summary>Registration, challenges, failures, lock, unlock, success and revoke on contract C1.</summary>
    internal static async Task RunLifeCycleAsync(Bank bank)
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
    }

    [Fact]
    public async Task LifeCycle_EveryAuthenticationEvent_IsInTheContractsChain()
    {
        await RunLifeCycleAsync(Bank);

        var entries = await Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);

        var types = entries.Select(e => e.Record.EventType).ToList();
        Assert.Equal(
            [AuditEventType.UserChanged, AuditEventType.TokenIssued, AuditEventType.ChallengeIssued, AuditEventType.TokenRegistered,
             AuditEventType.ChallengeIssued, .. Enumerable.Repeat(AuditEventType.ConfirmationFailed, 5), AuditEventType.TokenLocked,
             AuditEventType.TokenUnlocked, AuditEventType.ConfirmationSucceeded, AuditEventType.ConfirmationRefused, AuditEventType.TokenRevoked],
            types);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.All(entries, e => Assert.Equal("C1", e.Record.ContractId));
        Assert.True((await Silo.Audit.VerifyAsync(AuditChains.ForContract("C1"), CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task ImportAsync_TokensInStock_AuditedOnTheBanksChain()
    {
        var tokens = await Bank.ImportAsync(3);

        var entries = await Silo.Audit.ReadAllAsync(AuditChains.Bank, CancellationToken.None);

        Assert.Equal(tokens.Select(t => t.Serial).Order(), entries.Select(e => e.Record.TokenSerial).Order());
        Assert.All(entries, e => Assert.Equal(AuditEventType.TokenImported, e.Record.EventType));
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
