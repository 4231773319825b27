using System.Collections.Concurrent;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Processes;
using Inkan.Grains.Policy;
using Inkan.Grains.Tokens;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// SIGKILL of a gateway process in the middle of create-and-confirm cycles, then a restart on the same storage: every
/// authorization acknowledged before the kill is there, none is authorized twice (neither by a second confirmation nor
/// in the tokens' audit chains), and a token's failure count and another token's lock, both answered during the load,
/// survive.
/// </summary>
public static class KillDuringLoad
{
    private const int Workers = 8;
    private const int AcknowledgedBeforeKill = 150;
    private const int WrongCodesBeforeKill = 3;
    private static readonly int Limit = new PolicyOptions().TokenFailureLimit;

    public static async Task RunAsync(string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var key = ProcessKey.Create();
        var acknowledged = new ConcurrentDictionary<string, string>();
        var sent = new ConcurrentDictionary<string, string>();
        TokenRecord counted, locked;
        TransactionView lockedTx;
        string[] cycling;
        await using (var gateway = await GatewayProcess.StartAsync(dataDirectory, settings, key))
        {
            using var client = gateway.CreateClient();
            var bank = new ApiBank(client);
            var users = await ArrangeAsync(bank);
            (counted, locked) = (users[^2].Token, users[^1].Token);
            cycling = [.. users.SkipLast(2).Select(u => u.Token.Serial)];
            var wrongTx = await bank.TransferAsync("K1", users[^2].LoginId);
            lockedTx = await bank.TransferAsync("K1", users[^1].LoginId);

            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(() => CycleAsync(bank, users[w % cycling.Length], sent, acknowledged, enough))).ToList();
            // The failures and the lock are written while the cycles load the storage, and all are answered before the kill.
            await Task.WhenAll(
                Task.Run(() => WrongCodesAsync(bank, counted, wrongTx, WrongCodesBeforeKill, ConfirmOutcome.WrongCode)),
                Task.Run(() => WrongCodesAsync(bank, locked, lockedTx, Limit, ConfirmOutcome.TokenLocked)));
            await enough.Task.WaitAsync(TimeSpan.FromMinutes(2));
            gateway.Kill();
            await Task.WhenAll(workers);
        }

        await using var restarted = await GatewayProcess.StartAsync(dataDirectory, settings, key);
        using var after = restarted.CreateClient();
        var check = new ApiBank(after);
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill);
        foreach (var (id, code) in sent)
        {
            var again = await check.ConfirmAsync(id, code);
            if (acknowledged.ContainsKey(id))
            {
                Assert.Equal(ConfirmOutcome.NotPending, again.Outcome); // acknowledged, so stored: never authorized a second time
            }
            else
            {
                Assert.Contains(again.Outcome, new[] { ConfirmOutcome.Authorized, ConfirmOutcome.NotPending }); // in flight at the kill: stored or not, once
            }

            Assert.Equal(TransactionStatus.Authorized, (await check.GetAsync(id)).Status);
            Assert.Equal(ConfirmOutcome.NotPending, (await check.ConfirmAsync(id, code)).Outcome);
        }

        var token = await (await after.GetAsync($"{ApiBank.BackOffice}/tokens/{counted.Serial}")).ReadAsync<TokenInfo>();
        Assert.Equal((false, WrongCodesBeforeKill), (token.Locked, token.Failures));
        var lockedInfo = await (await after.GetAsync($"{ApiBank.BackOffice}/tokens/{locked.Serial}")).ReadAsync<TokenInfo>();
        Assert.Equal((true, Limit), (lockedInfo.Locked, lockedInfo.Failures));
        var refused = await check.ConfirmAsync(lockedTx.TransactionId, ApiBank.RightCode(locked, lockedTx));
        Assert.Equal((ConfirmOutcome.TokenLocked, TransactionStatus.Pending), (refused.Outcome, refused.Transaction.Status));

        await TokenAuditChain.AssertAuthorizedOnceAsync(after, cycling, sent.Keys);
    }

    private static async Task WrongCodesAsync(ApiBank bank, TokenRecord token, TransactionView tx, int count, ConfirmOutcome last)
    {
        for (var i = 1; i <= count; i++)
        {
            var outcome = (await bank.ConfirmAsync(tx.TransactionId, ApiBank.WrongCode(token, tx))).Outcome;
            Assert.True(i < count || outcome == last, $"wrong code {i} of {count} answered {outcome}");
        }
    }

    /// <summary>Contract K1 with its master and five users, each with a token of their own.</summary>
    internal static async Task<List<(string LoginId, TokenRecord Token)>> ArrangeAsync(ApiBank bank)
    {
        var users = new List<(string, TokenRecord)> { ("master", await bank.ContractWithTokenAsync("K1")) };
        for (var i = 1; i <= 5; i++)
        {
            var loginId = $"user{i}";
            await bank.AddUserAsync("K1", loginId, "FundTransfer");
            var token = await bank.IssuedTokenAsync("K1");
            await bank.ActivateAsync("K1", loginId, token);
            users.Add((loginId, token));
        }

        return users;
    }

    private static async Task CycleAsync(ApiBank bank, (string LoginId, TokenRecord Token) user, ConcurrentDictionary<string, string> sent, ConcurrentDictionary<string, string> acknowledged, TaskCompletionSource enough)
    {
        try
        {
            while (true)
            {
                var tx = await bank.TransferAsync("K1", user.LoginId);
                var code = ApiBank.RightCode(user.Token, tx);
                sent[tx.TransactionId] = code;
                var result = await bank.ConfirmAsync(tx.TransactionId, code);
                Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
                acknowledged[tx.TransactionId] = code;
                if (acknowledged.Count >= AcknowledgedBeforeKill)
                {
                    enough.TrySetResult();
                }
            }
        }
        catch (HttpRequestException)
        {
            // The gateway was killed: the cycle in flight has no answer.
        }
    }
}
