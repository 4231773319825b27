using System.Collections.Concurrent;
using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;
using Inkan.Silo;
using Inkan.TestSupport;
using Inkan.TestSupport.Postgres;

namespace Inkan.Grains.Tests.Faults;

/// <summary>
/// Two silos over one PostgreSQL database, each with its own activation of one shared token, hammer it with wrong
/// codes. The versioned writes alone keep them honest: a silo whose token state is stale fails its write, reloads,
/// and the caller retries.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloLockoutTests(PostgresCluster postgres)
{
    private const int Attempts = 10_000;
    private const int UsersPerSilo = 10;
    private const int CallersPerSilo = 20;
    private const int MaxTries = 1_000;

    private static string Login(int silo, int i) => silo == 0 && i == 0 ? "master" : $"s{silo}u{i:D2}";

    [Fact]
    public async Task ConfirmAsync_10000WrongCodesFromTwoSilos_LocksAtExactlyTheLimitAndNothingSucceedsAfter()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(TwoSiloLockoutTests));
        var masterKey = DomainSilo.NewMasterKey();
        var clock = new ManualTimeProvider();
        await using var first = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        var token = await SetUpAsync(new Bank(first));
        await using var second = await DomainSilo.StartAsync(clock: clock, masterKey: masterKey, postgres: database);
        Bank[] banks = [new(first), new(second)];
        var pending = new TransactionView[2][];
        for (var s = 0; s < 2; s++)
        {
            // One silo after the other: both append to the contract's audit chain.
            pending[s] = await Task.WhenAll(Enumerable.Range(0, UsersPerSilo).Select(i => banks[s].PendingTransferAsync("C1", Login(s, i))));
        }

        var answers = new ConcurrentBag<ConfirmOutcome>();
        var conflicts = 0;
        await Task.WhenAll(Enumerable.Range(0, 2 * CallersPerSilo).Select(caller => Task.Run(async () =>
        {
            var s = caller % 2;
            for (var n = caller / 2; n < Attempts / 2; n += CallersPerSilo)
            {
                var tx = pending[s][n % UsersPerSilo];
                var (answer, tries) = await ConflictRetries.ConfirmAsync(banks[s], tx, Bank.WrongCode(token, tx), MaxTries);
                answers.Add(answer.Outcome);
                Interlocked.Add(ref conflicts, tries - 1);
            }
        })));

        var outcomes = answers.GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Attempts, answers.Count);
        Assert.Equal((3, 1, Attempts - 4), (outcomes[ConfirmOutcome.WrongCode], outcomes[ConfirmOutcome.LastAttempt], outcomes[ConfirmOutcome.TokenLocked]));
        Assert.True(conflicts > 0, "the two silos never met on the token: the test proved nothing");
        for (var s = 0; s < 2; s++)
        {
            var info = await banks[s].Token(token.Serial).GetInfoAsync();
            Assert.Equal((5, true), (info.Failures, info.Locked));
            foreach (var tx in pending[s])
            {
                var (right, _) = await ConflictRetries.ConfirmAsync(banks[s], tx, Bank.RightCode(token, tx), MaxTries);
                Assert.Equal(ConfirmOutcome.TokenLocked, right.Outcome);
                Assert.Equal(TransactionStatus.Pending, right.Transaction.Status);
            }
        }

        // Every acknowledged answer left exactly one entry in the token's chain, which is intact.
        var chain = await first.Audit.ReadAllAsync(AuditChains.ForToken(token.Serial), CancellationToken.None);
        var entries = chain.GroupBy(e => e.Record.EventType).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal((5, 1, Attempts - 5 + (2 * UsersPerSilo)), (entries[AuditEventType.ConfirmationFailed], entries[AuditEventType.TokenLocked], entries[AuditEventType.ConfirmationRefused]));
        Assert.True((await second.Audit.VerifyAsync(AuditChains.ForToken(token.Serial), CancellationToken.None)).IsIntact);
    }

    private static async Task<TokenRecord> SetUpAsync(Bank bank)
    {
        var token = await bank.ContractWithTokenAsync("C1");
        foreach (var login in Enumerable.Range(0, 2).SelectMany(s => Enumerable.Range(0, UsersPerSilo).Select(i => Login(s, i))).Where(l => l != "master"))
        {
            await bank.AddUserAsync("C1", login, Permissions.FundTransfer);
            await bank.ActivateAsync("C1", login, token);
        }

        return token;
    }
}
