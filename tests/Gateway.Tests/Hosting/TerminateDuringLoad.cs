using System.Collections.Concurrent;
using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Processes;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>
/// SIGTERM of the gateway process in the middle of create-and-confirm cycles: it exits with status 0, every request is
/// answered or refused at the connection (none gets an error answer), and every authorization it acknowledged is
/// stored when it starts again on the same storage.
/// </summary>
public static class TerminateDuringLoad
{
    private const int Workers = 4;
    private const int AcknowledgedBeforeStop = 100;

    public static async Task RunAsync(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        var key = ProcessKey.Create();
        var acknowledged = new ConcurrentDictionary<string, bool>();
        var errors = new ConcurrentQueue<string>();
        int exitCode;
        await using (var gateway = await GatewayProcess.StartAsync(dataDirectory, settings, key))
        {
            using var client = gateway.CreateClient();
            var token = await new ApiBank(client).ContractWithTokenAsync("K1");
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => CycleAsync(client, token, acknowledged, errors, enough))).ToList();
            await enough.Task.WaitAsync(TimeSpan.FromMinutes(2));
            exitCode = await gateway.TerminateAsync(TimeSpan.FromMinutes(1));
            await Task.WhenAll(workers);
        }

        await using var restarted = await GatewayProcess.StartAsync(dataDirectory, settings, key);
        using var after = restarted.CreateClient();
        var check = new ApiBank(after);
        Assert.Equal(0, exitCode);
        Assert.Empty(errors);
        foreach (var id in acknowledged.Keys)
        {
            Assert.Equal(TransactionStatus.Authorized, (await check.GetAsync(id)).Status);
        }
    }

    private static async Task CycleAsync(HttpClient client, TokenRecord token, ConcurrentDictionary<string, bool> acknowledged, ConcurrentQueue<string> errors, TaskCompletionSource enough)
    {
        try
        {
            while (true)
            {
                var created = await client.PostJsonAsync($"{ApiBank.V1}/transactions", new { contractId = "K1", loginId = "master", kind = "TRF", data = ApiBank.Transfer() });
                if (created.StatusCode != HttpStatusCode.Created)
                {
                    errors.Enqueue($"creation: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
                    return;
                }

                var tx = await created.ReadAsync<TransactionView>(HttpStatusCode.Created);
                var confirmed = await client.PostJsonAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/confirmation", new { code = ApiBank.RightCode(token, tx) });
                if (confirmed.StatusCode != HttpStatusCode.OK)
                {
                    errors.Enqueue($"confirmation: {(int)confirmed.StatusCode} {await confirmed.Content.ReadAsStringAsync()}");
                    return;
                }

                Assert.Equal(ConfirmOutcome.Authorized, (await confirmed.ReadAsync<ConfirmResult>()).Outcome);
                acknowledged[tx.TransactionId] = true;
                if (acknowledged.Count >= AcknowledgedBeforeStop)
                {
                    enough.TrySetResult();
                }
            }
        }
        catch (HttpRequestException)
        {
            // The gateway stopped listening, or closed an idle connection just as this request was sent on it.
        }
    }
}
