using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// Create-and-confirm cycles through the bank API that go on through a storage outage, recording every answer by the
/// phase it came in: the transactions sent with their codes, the authorizations acknowledged, the confirmations
/// refused, the problems answered, and anything that was not a problem (an error body, no answer in time).
/// </summary>
public sealed class OutageLoad
{
    public const int Before = 0;
    public const int Down = 1;
    public const int After = 2;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);
    private int _phase = Before;

    public int Phase
    {
        get => Volatile.Read(ref _phase);
        set => Volatile.Write(ref _phase, value);
    }

    /// <summary>Every transaction created, with its right code.</summary>
    public ConcurrentDictionary<string, string> Sent { get; } = new();

    public ConcurrentDictionary<string, bool> Acknowledged { get; } = new();

    /// <summary>Transactions whose confirmation has not been answered yet: refused until the load stopped (they may still have been stored).</summary>
    public ConcurrentDictionary<string, bool> Unconfirmed { get; } = new();

    /// <summary>How many refusals of each kind the cycles begun in each phase saw.</summary>
    public ConcurrentDictionary<RefusedAnswer, int> Refused { get; } = new();

    public ConcurrentQueue<string> Errors { get; } = new();

    public string Summary => string.Join(", ", Refused.Select(r => $"{r.Key}: {r.Value}"));

    /// <summary>
    /// Creates and confirms transactions of <paramref name="loginId"/> until <paramref name="stop"/>; a refused creation
    /// waits a moment and starts the next cycle, a refused confirmation waits a moment and is sent again.
    /// </summary>
    public async Task CycleAsync(HttpClient client, string loginId, TokenRecord token, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var phase = Phase; // the phase the creation was sent in
            try
            {
                using var created = await client.PostJsonAsync($"{ApiBank.V1}/transactions", new { contractId = "K1", loginId, kind = "TRF", data = ApiBank.Transfer() });
                if (created.StatusCode != HttpStatusCode.Created)
                {
                    await RefusedAsync(phase, "creation", created);
                    continue;
                }

                var tx = await created.ReadAsync<TransactionView>(HttpStatusCode.Created);
                var code = ApiBank.RightCode(token, tx);
                Sent[tx.TransactionId] = code;
                await ConfirmAsync(client, tx.TransactionId, code, stop);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                Errors.Enqueue($"phase {phase}: no answer: {ex.GetType().Name} {ex.Message}");
                await Task.Delay(Pause, CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Sends the code until it is answered, as a client told to try again does: the token keeps only its last few
    /// acceptances, so the same code asked again only after the token's next ones would add a second success entry.
    /// After a refusal the answer may be "not pending" with the transaction authorized: the connection was lost during
    /// the <c>COMMIT</c>, which the storage reports as failed although PostgreSQL committed it (docs/storage.md).
    /// </summary>
    private async Task ConfirmAsync(HttpClient client, string transactionId, string code, CancellationToken stop)
    {
        Unconfirmed[transactionId] = true;
        var refused = false;
        do
        {
            var phase = Phase; // the phase this attempt was sent in
            using var confirmed = await client.PostJsonAsync($"{ApiBank.V1}/transactions/{transactionId}/confirmation", new { code });
            if (confirmed.StatusCode != HttpStatusCode.OK)
            {
                await RefusedAsync(phase, "confirmation", confirmed);
                refused = true;
                continue;
            }

            var result = await confirmed.ReadAsync<ConfirmResult>();
            var outcome = result.Outcome;
            if (outcome == ConfirmOutcome.Authorized || (refused && outcome == ConfirmOutcome.NotPending && result.Transaction.Status == TransactionStatus.Authorized))
            {
                Acknowledged[transactionId] = true;
                Unconfirmed.TryRemove(transactionId, out _);
            }
            else
            {
                Errors.Enqueue($"phase {phase}: {transactionId} confirmed {outcome}");
            }

            return;
        }
        while (!stop.IsCancellationRequested);
    }

    public Task WaitForAcknowledgedAsync(int count, TimeSpan bound) => WaitAsync(() => Acknowledged.Count >= count, $"{count} acknowledged", bound);

    public Task WaitForRefusedAsync(int count, TimeSpan bound) => WaitAsync(() => Refused.Values.Sum() >= count, $"{count} refused", bound);

    private async Task WaitAsync(Func<bool> condition, string what, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < bound, $"Not {what} within {bound}; errors: {string.Join("\n", Errors.Take(10))}; refused: {Summary}");
            await Task.Delay(Pause);
        }
    }

    private async Task RefusedAsync(int phase, string request, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            Errors.Enqueue($"phase {phase}: {request} answered {(int)response.StatusCode} without a problem: {text}");
        }
        else
        {
            var problem = JsonSerializer.Deserialize<Problem>(text, ApiJson.Options)!;
            Refused.AddOrUpdate(new RefusedAnswer(phase, (int)response.StatusCode, problem.Code), 1, (_, n) => n + 1);
        }

        await Task.Delay(Pause, CancellationToken.None);
    }
}
