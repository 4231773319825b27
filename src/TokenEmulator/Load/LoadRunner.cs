using System.Globalization;
using System.Net;
using Inkan.Protocol.Txa;

namespace Inkan.TokenEmulator.Load;

/// <summary>
/// Drives create-and-confirm cycles: up to <see cref="LoadSettings.Concurrency"/> in flight, started at the target rate
/// (cycle i is due i/rate seconds after the start) or as fast as the answers come, until the duration or cycle count is reached.
/// </summary>
internal sealed class LoadRunner(BankApiClient api, LoadSettings settings, IReadOnlyList<LoadUser> users, TimeProvider time)
{
    private long _next;
    private long _start;

    public LoadStats Stats { get; } = new();

    /// <summary>The time since the cycles started.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(_start);

    public async Task<IReadOnlyList<WorkerLog>> RunAsync(CancellationToken cancellation)
    {
        _start = time.GetTimestamp();
        var logs = Enumerable.Range(0, settings.Concurrency).Select(_ => new WorkerLog()).ToArray();
        await Task.WhenAll(logs.Select(log => Task.Run(() => WorkAsync(log, cancellation), cancellation))).ConfigureAwait(false);
        return logs;
    }

    private async Task WorkAsync(WorkerLog log, CancellationToken cancellation)
    {
        var random = new Random();
        while (!cancellation.IsCancellationRequested)
        {
            var ticket = Interlocked.Increment(ref _next) - 1;
            if (ticket >= settings.Cycles)
            {
                return;
            }

            if (settings.Rate is { } rate && TimeSpan.FromSeconds(ticket / rate) - Elapsed is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
            }

            if (Elapsed >= settings.Duration)
            {
                return;
            }

            try
            {
                await CycleAsync(users[(int)(ticket % users.Count)], log, random, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
            {
                Stats.CountError($"http {e.GetType().Name}");
            }
        }
    }

    private async Task CycleAsync(LoadUser user, WorkerLog log, Random random, CancellationToken cancellation)
    {
        var began = time.GetTimestamp();
        var kind = settings.Mix.Pick(random);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var created = await api.CreateTransactionAsync(user.ContractId, user.LoginId, kind, OperationData.For(kind, user, today, random), cancellation).ConfigureAwait(false);
        if (created.Status != HttpStatusCode.Created || created.Text("payload") is not { } payload || created.Text("transactionId") is not { } id)
        {
            Stats.CountError($"create {kind} {created.Describe()}");
            return;
        }

        var right = TxaCode.Compute(user.Token.Key, payload);
        if (random.NextDouble() < settings.WrongCodes)
        {
            var outcome = await VerifyAsync(id, Wrong(right), log, cancellation).ConfigureAwait(false);
            if (outcome is not ("WrongCode" or "LastAttempt"))
            {
                Stats.CountError($"wrong code answered {outcome}");
                return;
            }

            Stats.CountWrongCodeRefused();
        }

        var result = await VerifyAsync(id, right, log, cancellation).ConfigureAwait(false);
        if (result != "Authorized")
        {
            Stats.CountError($"right code answered {result}");
            return;
        }

        Stats.CountAuthorized();
        log.Cycles.Add(time.GetElapsedTime(began).TotalMilliseconds);
    }

    // The outcome, or the status and problem code of an answer that is not 200.
    private async Task<string> VerifyAsync(string id, string code, WorkerLog log, CancellationToken cancellation)
    {
        var sent = time.GetTimestamp();
        var answer = await api.ConfirmAsync(id, code, cancellation).ConfigureAwait(false);
        log.Verifications.Add(time.GetElapsedTime(sent).TotalMilliseconds);
        Stats.CountVerification();
        return answer.Status == HttpStatusCode.OK ? answer.Text("outcome") ?? "no outcome" : answer.Describe();
    }

    private static string Wrong(string right)
        => ((int.Parse(right, CultureInfo.InvariantCulture) + 1) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
}
