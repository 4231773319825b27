using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Inkan.Gateway.Api.BackOffice;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Processes;
using Inkan.Grains.Audit;
using Inkan.Grains.Policy;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;
using Inkan.TestSupport.Postgres;
using Xunit.Abstractions;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// Two gateway processes over one PostgreSQL database, each with its own activation of one token shared by twenty users,
/// take 10,000 wrong codes at once. Only the versioned writes keep them honest: the token locks at exactly the policy's
/// limit, every failure count is answered once, and afterwards not even the right code gets through either gateway.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoGatewaysSharedTokenTests(PostgresCluster postgres, ITestOutputHelper output) : IDisposable
{
    private const int Attempts = 10_000;
    private const int Users = 20;
    private const int PendingPerGateway = 64;
    private const int InFlightPerGateway = 32;
    private const string ContractId = "K1";
    private static readonly int Limit = new PolicyOptions().TokenFailureLimit;
    private readonly DirectoryInfo[] _directories = [Directory.CreateTempSubdirectory("inkan-twogw-a-"), Directory.CreateTempSubdirectory("inkan-twogw-b-")];

    [Fact]
    public async Task Confirm_10000WrongCodesThroughTwoGateways_LocksAtExactlyTheLimitAndNothingSucceedsAfter()
    {
        var settings = await SettingsAsync();
        var key = ProcessKey.Create();
        await using var first = await GatewayProcess.StartAsync(_directories[0].FullName, settings, key);
        await using var second = await GatewayProcess.StartAsync(_directories[1].FullName, settings, key);
        using var clientA = first.CreateClient();
        using var clientB = second.CreateClient();
        HttpClient[] clients = [clientA, clientB];
        var token = await ArrangeAsync(new ApiBank(clientA));
        var pending = new TransactionView[2][];
        for (var g = 0; g < 2; g++)
        {
            // Each gateway creates the transactions it serves, one gateway after the other: both append to the contract's audit chain.
            var bank = new ApiBank(clients[g]);
            pending[g] = await Task.WhenAll(Enumerable.Range(0, PendingPerGateway).Select(i => bank.TransferAsync(ContractId, Login(((g * PendingPerGateway) + i) % Users))));
        }

        var answers = new ConcurrentBag<ConfirmResult>();
        var conflicts = 0;
        var flood = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 2 * InFlightPerGateway).Select(worker => Task.Run(async () =>
        {
            var g = worker % 2;
            for (var n = worker / 2; n < Attempts / 2; n += InFlightPerGateway)
            {
                var tx = pending[g][n % PendingPerGateway];
                var (answer, met) = await RetryingConfirmation.ConfirmAsync(clients[g], tx.TransactionId, ApiBank.WrongCode(token, tx));
                answers.Add(answer);
                Interlocked.Add(ref conflicts, met);
            }
        })));
        output.WriteLine($"{Attempts} wrong codes through two gateways in {flood.Elapsed.TotalSeconds:F1} s, {conflicts} version conflicts retried");

        // The answers: failure 1 to limit-2 "wrong code", limit-1 the last-attempt warning, the limit-th and all later "locked".
        var outcomes = answers.GroupBy(a => a.Outcome).ToDictionary(g => g.Key, g => g.Count());
        var counted = answers.Where(a => a.Outcome is ConfirmOutcome.WrongCode or ConfirmOutcome.LastAttempt).ToList();
        Assert.Equal(Attempts, answers.Count);
        Assert.Equal(Attempts - (Limit - 1), outcomes.GetValueOrDefault(ConfirmOutcome.TokenLocked));
        Assert.Equal(Enumerable.Range(1, Limit - 1).Reverse(), counted.Select(a => a.RemainingAttempts).OrderDescending());
        Assert.Equal(Limit > 1 ? 1 : 0, outcomes.GetValueOrDefault(ConfirmOutcome.LastAttempt));
        Assert.True(conflicts > 0, "the two gateways never met on the token: the test proved nothing");

        foreach (var tx in pending.SelectMany(p => p))
        {
            foreach (var client in clients)
            {
                var (right, _) = await RetryingConfirmation.ConfirmAsync(client, tx.TransactionId, ApiBank.RightCode(token, tx));
                Assert.Equal((ConfirmOutcome.TokenLocked, TransactionStatus.Pending), (right.Outcome, right.Transaction.Status));
            }
        }

        foreach (var client in clients)
        {
            var info = await (await client.GetAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}")).ReadAsync<TokenInfo>();
            Assert.Equal((TokenStatus.Active, true, Limit, Users), (info.Status, info.Locked, info.Failures, info.Users.Count));
            var views = await Task.WhenAll(pending.SelectMany(p => p).Select(tx => new ApiBank(client).GetAsync(tx.TransactionId)));
            Assert.All(views, v => Assert.Equal(TransactionStatus.Pending, v.Status));
            Assert.Equal(Limit - 1, views.Sum(v => v.WrongCodes));
        }

        // Every final answer left exactly one entry in the token's chain; the second gateway made the last write, so its token holds the head.
        var chain = await TokenAuditChain.ReadAsync(clientB, token.Serial);
        var entries = chain.GroupBy(e => e.Record.EventType).ToDictionary(g => g.Key, g => g.Count());
        var refused = Attempts - Limit + (2 * 2 * PendingPerGateway);
        Assert.Equal((Users, 0, Limit, 1, refused), (entries[AuditEventType.TokenRegistered], entries.GetValueOrDefault(AuditEventType.ConfirmationSucceeded),
            entries[AuditEventType.ConfirmationFailed], entries[AuditEventType.TokenLocked], entries[AuditEventType.ConfirmationRefused]));
        Assert.True((await (await clientB.GetAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/audit/verification")).ReadAsync<AuditVerification>()).IsIntact);
    }

    public void Dispose()
    {
        foreach (var directory in _directories)
        {
            directory.Delete(recursive: true);
        }
    }

    private static string Login(int i) => i == 0 ? "master" : $"user{i:D2}";

    private async Task<Dictionary<string, string>> SettingsAsync() => new()
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = await postgres.DatabaseForAsync(GetType()),
        // Both nodes must decrypt the token key the first one stored.
        ["Inkan:KeyProtection:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        ["Inkan:Policy:TokenFailureLimit"] = Limit.ToString(CultureInfo.InvariantCulture),
        // Each transaction takes about 80 codes here (and the conflicts' retries); the default allows 10 a minute.
        ["BankApi:RateLimits:CodeSubmissions:PermitLimit"] = "1000000",
    };

    /// <summary>One contract whose twenty users, the master among them, all registered the same token.</summary>
    private static async Task<TokenRecord> ArrangeAsync(ApiBank bank)
    {
        var token = await bank.ContractWithTokenAsync(ContractId, Login(0));
        for (var i = 1; i < Users; i++)
        {
            await bank.AddUserAsync(ContractId, Login(i), "FundTransfer");
            await bank.ActivateAsync(ContractId, Login(i), token);
        }

        return token;
    }
}
