using System.Diagnostics;
using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Processes;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;
using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// PostgreSQL stopped (fast shutdown) for a few seconds under create-and-confirm load, then started again, with the
/// gateway process running throughout: callers get a 503 problem meanwhile, never a 500 or a hang, <c>/health</c> says
/// 503 then 200, and the gateway recovers by itself. Every confirmation refused is sent again until answered, and every
/// transaction created ends authorized once (in its state and in its token's audit chain), as a new process reads
/// from PostgreSQL too; the one authorized before the outage is still there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresOutageTests(PostgresCluster postgres) : IDisposable
{
    private const int AcknowledgedPerPhase = 40;
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MinOutage = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RequestBound = TimeSpan.FromSeconds(45); // the 30 s response timeout and then some
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-pg-outage-");

    [Fact]
    public async Task Outage_DuringLoad_Answers503AndRecoversKeepingEveryAcknowledgedAuthorizationOnce()
    {
        var settings = new Dictionary<string, string>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = await postgres.CreateDatabaseAsync(nameof(PostgresOutageTests)),
        };
        var key = ProcessKey.Create();
        var load = new OutageLoad();
        List<(string LoginId, TokenRecord Token)> users;
        (string Id, string Code) early;
        var statusesBeforeRestart = new Dictionary<string, TransactionStatus>();
        int exitCode;
        await using (var gateway = await GatewayProcess.StartAsync(_directory.FullName, settings, key))
        {
            using var client = gateway.CreateClient();
            client.Timeout = RequestBound;
            var bank = new ApiBank(client);
            users = await KillDuringLoad.ArrangeAsync(bank);
            var earlyTx = await bank.TransferAsync("K1");
            early = (earlyTx.TransactionId, ApiBank.RightCode(users[0].Token, earlyTx));
            Assert.Equal(ConfirmOutcome.Authorized, (await bank.ConfirmAsync(early.Id, early.Code)).Outcome);

            using var stop = new CancellationTokenSource();
            var workers = users.Select(u => Task.Run(() => load.CycleAsync(client, u.LoginId, u.Token, stop.Token))).ToList();
            await load.WaitForAcknowledgedAsync(AcknowledgedPerPhase, Bound);

            load.Phase = OutageLoad.Down;
            var outage = Stopwatch.StartNew();
            await postgres.StopAsync();
            await WaitForHealthAsync(client, HttpStatusCode.ServiceUnavailable);
            await load.WaitForRefusedAsync(users.Count, Bound);
            if (MinOutage - outage.Elapsed is { Ticks: > 0 } rest)
            {
                await Task.Delay(rest); // a few seconds down, so that reads, writes and activations all meet it
            }

            await postgres.StartAsync();
            await WaitForHealthAsync(client, HttpStatusCode.OK);
            load.Phase = OutageLoad.After;
            await load.WaitForAcknowledgedAsync(load.Acknowledged.Count + AcknowledgedPerPhase, Bound);
            await stop.CancelAsync();
            await Task.WhenAll(workers);

            Assert.True(load.Errors.IsEmpty, string.Join("\n", load.Errors.Take(20)));
            Assert.False(load.Refused.Keys.Any(a => a.Phase == OutageLoad.After), "refused once /health said 200 again: " + load.Summary);
            Assert.All(load.Refused.Keys, a => Assert.Equal(((int)HttpStatusCode.ServiceUnavailable, "unavailable"), (a.Status, a.Code)));

            // Every transaction created had its confirmation sent again until answered: none is left pending.
            Assert.Empty(load.Unconfirmed);
            Assert.Equal(load.Sent.Keys.Order(), load.Acknowledged.Keys.Order());

            foreach (var id in load.Sent.Keys.Append(early.Id))
            {
                statusesBeforeRestart[id] = (await bank.GetAsync(id)).Status;
            }

            exitCode = await gateway.TerminateAsync(Bound);
        }

        // A new process has nothing in memory: what it answers is what PostgreSQL holds.
        await using var restarted = await GatewayProcess.StartAsync(_directory.FullName, settings, key);
        using var after = restarted.CreateClient();
        var check = new ApiBank(after);
        Assert.Equal(0, exitCode);
        foreach (var (id, status) in statusesBeforeRestart)
        {
            Assert.Equal(TransactionStatus.Authorized, status);
            Assert.Equal(TransactionStatus.Authorized, (await check.GetAsync(id)).Status);
            var code = id == early.Id ? early.Code : load.Sent[id];
            Assert.Equal(ConfirmOutcome.NotPending, (await check.ConfirmAsync(id, code)).Outcome);
        }

        await TokenAuditChain.AssertAuthorizedOnceAsync(after, users.Select(u => u.Token.Serial), statusesBeforeRestart.Keys);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private static async Task WaitForHealthAsync(HttpClient client, HttpStatusCode expected)
    {
        var watch = Stopwatch.StartNew();
        HttpStatusCode last;
        do
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            last = response.StatusCode;
            if (last == expected)
            {
                return;
            }

            await Task.Delay(200);
        }
        while (watch.Elapsed < Bound);

        Assert.Fail($"/health answered {(int)last}, not {(int)expected}, for {Bound}.");
    }
}
