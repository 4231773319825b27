using System.Diagnostics;
using System.Globalization;
using Inkan.Grains.Audit;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.TestSupport.Postgres;

namespace Inkan.Grains.Tests.Faults;

/// <summary>
/// SIGKILL of a silo under load (<see cref="CrashChildProgram"/>), then a restart on the same database: every
/// authorization acknowledged before the kill is there, none is authorized twice, no acknowledged failure count
/// or lock is lost, and every audit chain is intact.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashTests(PostgresCluster postgres)
{
    private const int AuthorizationsBeforeKill = 300;
    private const int LocksBeforeKill = 12;

    [Fact]
    public async Task Sigkill_UnderLoad_NothingAcknowledgedIsLost_Sqlite()
    {
        using var directory = new SqliteDirectory();
        var masterKey = DomainSilo.NewMasterKey();
        var acknowledged = await RunAndKillAsync(masterKey, "sqlite", directory.Path);

        await using var restarted = await DomainSilo.StartAsync(directory.Path, masterKey: masterKey);
        await AssertNothingLostAsync(new Bank(restarted), acknowledged);
    }

    [Fact]
    public async Task Sigkill_UnderLoad_NothingAcknowledgedIsLost_Postgres()
    {
        var database = await postgres.CreateDatabaseAsync(nameof(CrashTests));
        var masterKey = DomainSilo.NewMasterKey();
        var acknowledged = await RunAndKillAsync(masterKey, "postgres", database);

        await using var restarted = await DomainSilo.StartAsync(masterKey: masterKey, postgres: database);
        await AssertNothingLostAsync(new Bank(restarted), acknowledged);
    }

    private static async Task<Acknowledged> RunAndKillAsync(string masterKey, string kind, string target)
    {
        using var child = Process.Start(new ProcessStartInfo("dotnet")
        {
            ArgumentList = { typeof(CrashChildProgram).Assembly.Location, "crash-child", kind, target, masterKey },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var errors = child.StandardError.ReadToEndAsync();
        var acknowledged = new Acknowledged();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await child.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            acknowledged.Add(line);
            if (acknowledged.Authorized.Count >= AuthorizationsBeforeKill && acknowledged.Locked.Count >= LocksBeforeKill)
            {
                child.Kill(entireProcessTree: true); // SIGKILL on Linux
                break;
            }
        }

        // Lines already in the pipe were answered before the kill: they count too.
        while (await child.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            acknowledged.Add(line);
        }

        await child.WaitForExitAsync(deadline.Token);
        Assert.True(acknowledged.Locked.Count >= LocksBeforeKill, $"the child stopped early: {await errors}");
        Assert.Empty(acknowledged.Unexpected);
        return acknowledged;
    }

    private static async Task AssertNothingLostAsync(Bank bank, Acknowledged acknowledged)
    {
        foreach (var (login, transactionId) in acknowledged.Authorized)
        {
            Assert.Equal(TransactionStatus.Authorized, (await bank.Transaction(transactionId).GetAsync("C1", login)).Status);
            var replay = await bank.Transaction(transactionId).ConfirmAsync(new ConfirmRequest("C1", login, "00000000"));
            Assert.Equal(ConfirmOutcome.NotPending, replay.Outcome);
        }

        var limit = new PolicyOptions().TokenFailureLimit;
        foreach (var (serial, failures) in acknowledged.Failures)
        {
            var info = await bank.Token(serial).GetInfoAsync();
            Assert.True(info.Locked || info.Failures >= failures, $"token {serial}: {failures} failures acknowledged, {info.Failures} stored");
        }

        foreach (var serial in acknowledged.Locked)
        {
            var info = await bank.Token(serial).GetInfoAsync();
            Assert.Equal((true, limit), (info.Locked, info.Failures));
        }

        for (var i = 0; i < CrashChildProgram.RightUsers; i++)
        {
            var serial = (await bank.User("C1", CrashChildProgram.Login("right", i)).GetAuthContextAsync()).TokenSerial!;
            var chain = await bank.Silo.Audit.ReadAllAsync(AuditChains.ForToken(serial), CancellationToken.None);
            var successes = chain.Where(e => e.Record.EventType == AuditEventType.ConfirmationSucceeded).GroupBy(e => e.Record.TransactionId).ToList();
            Assert.All(successes, s => Assert.Single(s));
            var mine = acknowledged.Authorized.Where(a => a.Login == CrashChildProgram.Login("right", i)).Select(a => a.TransactionId);
            Assert.Subset(successes.Select(s => s.Key!).ToHashSet(), mine.ToHashSet());
            Assert.True((await bank.Silo.Audit.VerifyAsync(AuditChains.ForToken(serial), CancellationToken.None)).IsIntact);
        }

        foreach (var serial in acknowledged.Failures.Keys.Concat(acknowledged.Locked).Distinct())
        {
            Assert.True((await bank.Silo.Audit.VerifyAsync(AuditChains.ForToken(serial), CancellationToken.None)).IsIntact);
        }

        Assert.True((await bank.Silo.Audit.VerifyAsync(AuditChains.ForContract("C1"), CancellationToken.None)).IsIntact);
    }

    /// <summary>What the child printed: each line is an answer it received before it died.</summary>
    private sealed class Acknowledged
    {
        public List<(string Login, string TransactionId)> Authorized { get; } = [];

        public Dictionary<string, int> Failures { get; } = [];

        public HashSet<string> Locked { get; } = [];

        public List<string> Unexpected { get; } = [];

        public void Add(string line)
        {
            switch (line.Split(' '))
            {
                case ["AUTH", var login, var id]:
                    Authorized.Add((login, id));
                    break;
                case ["FAIL", var serial, var count]:
                    Failures[serial] = Math.Max(Failures.GetValueOrDefault(serial), int.Parse(count, CultureInfo.InvariantCulture));
                    break;
                case ["LOCK", var serial]:
                    Locked.Add(serial);
                    break;
                case ["READY"]:
                    break;
                default:
                    Unexpected.Add(line);
                    break;
            }
        }
    }
}
