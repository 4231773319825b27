using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;

namespace Inkan.Grains.Tests.Hosting;

/// <summary>What a SQLite silo acknowledged is in the database: another silo on a copy of its files sees it, and so does a restart.</summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly SqliteDirectory _directory = new();
    private readonly string _masterKey = DomainSilo.NewMasterKey();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Acknowledged_SecondSiloOnACopyOfTheFilesWithoutShutdown_SeesCountAndAuthorization()
    {
        await using var first = await DomainSilo.StartAsync(_directory.Path, masterKey: _masterKey);
        var bank = new Bank(first);
        var token = await bank.ContractWithTokenAsync("C1");
        var authorized = await bank.PendingTransferAsync("C1", "master");
        await bank.ConfirmAsync(authorized, Bank.RightCode(token, authorized));
        var pending = await bank.PendingTransferAsync("C1", "master");
        for (var i = 0; i < 3; i++)
        {
            await bank.ConfirmAsync(pending, Bank.WrongCode(token, pending));
        }

        // The first silo is still running: nothing was flushed by a shutdown. It holds its file against a second
        // silo, so the second opens a copy of what is on the disk (the database and its WAL).
        using var copy = _directory.Copy();
        await using var second = await DomainSilo.StartAsync(copy.Path, masterKey: _masterKey);
        var other = new Bank(second);

        Assert.Equal(3, (await other.Token(token.Serial).GetInfoAsync()).Failures);
        Assert.Equal(ConfirmOutcome.NotPending, (await other.ConfirmAsync(authorized, Bank.RightCode(token, authorized))).Outcome);
        Assert.Equal(ConfirmOutcome.LastAttempt, (await other.ConfirmAsync(pending, Bank.WrongCode(token, pending))).Outcome);
    }

    [Fact]
    public async Task Lock_SurvivesRestart_AndUnlockAfterRestartWorks()
    {
        TokenRecord token;
        TransactionView tx;
        await using (var silo = await DomainSilo.StartAsync(_directory.Path, masterKey: _masterKey))
        {
            var bank = new Bank(silo);
            token = await bank.ContractWithTokenAsync("C1");
            tx = await bank.PendingTransferAsync("C1", "master");
            for (var i = 0; i < 5; i++)
            {
                await bank.ConfirmAsync(tx, Bank.WrongCode(token, tx));
            }
        }

        await using (var silo = await DomainSilo.StartAsync(_directory.Path, masterKey: _masterKey))
        {
            var bank = new Bank(silo);
            Assert.Equal(ConfirmOutcome.TokenLocked, (await bank.ConfirmAsync(tx, Bank.RightCode(token, tx))).Outcome);
            await bank.Token(token.Serial).UnlockAsync("REQ-9", "bo");
        }

        await using (var silo = await DomainSilo.StartAsync(_directory.Path, masterKey: _masterKey))
        {
            var bank = new Bank(silo);
            Assert.Equal(ConfirmOutcome.Authorized, (await bank.ConfirmAsync(tx, Bank.RightCode(token, tx))).Outcome);
            Assert.Equal(0, (await bank.Token(token.Serial).GetInfoAsync()).Failures);
        }
    }
}
