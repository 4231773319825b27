using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Inkan.Protocol.Txa;

namespace Inkan.TokenEmulator.Load;

/// <summary>
/// Drives create-and-confirm cycles: up to <see cref="LoadSettings.Concurrency"/> in flight, started at the target rate
/// (cycle i is due i/rate seconds after the start) or as fast as the answers come, until the duration or cycle count is reached.
/// A split run creates its transactions first, untimed, and then drives their confirmations alone.
/// </summary>
internal sealed class LoadRunner(BankApiClient api, LoadSettings settings, IReadOnlyList<LoadUser> users, TimeProvider time)
{
    private const double MaxWaitSeconds = 86_400;
    private long _next;
    private long _start;

    public LoadStats Stats { get; } = new();

    /// <summary>The time since the timed phase started: the cycles, or a split run's confirmations.</summary>
    public TimeSpan Elapsed => time.GetElapsedTime(_start);

    /// <summary>How long a split run took to create its transactions; zero otherwise.</summary>
    public TimeSpan PreparationElapsed { get; private set; }

    public async Task<IReadOnlyList<WorkerLog>> RunAsync(CancellationToken cancellation)
    {
        if (!settings.Split)
        {
            return await DriveAsync(settings.Rate, settings.Duration, settings.Cycles,
                (ticket, log, random, ct) => CycleAsync(users[(int)(ticket % users.Count)], Began(ticket), log, random, ct), cancellation).ConfigureAwait(false);
        }

        var prepared = await PrepareAsync(cancellation).ConfigureAwait(false);
        return await DriveAsync(settings.Rate, null, prepared.Length,
            (ticket, log, random, ct) => ConfirmAsync(prepared[ticket], Began(ticket), log, random, ct), cancellation).ConfigureAwait(false);
    }

    // At a fixed rate a cycle's latency runs from when it was due, not from when a free worker got to it: a server that
    // falls behind makes the cycles wait, and that wait is latency too (no coordinated omission).
    private long Began(long ticket)
        => settings.Rate is { } rate ? _start + (long)(ticket / rate * time.TimestampFrequency) : time.GetTimestamp();

    // As many transactions as the confirmations need: the cycle count, rate × duration, or what the duration creates at full speed.
    private async Task<PreparedTransaction[]> PrepareAsync(CancellationToken cancellation)
    {
        var prepared = new ConcurrentQueue<PreparedTransaction>();
        var count = settings.Cycles ?? (settings.Rate is { } rate ? (int)Math.Min(int.MaxValue, Math.Ceiling(rate * settings.Duration!.Value.TotalSeconds)) : null);
        await DriveAsync(null, count is null ? settings.Duration : null, count, async (ticket, _, random, ct) =>
        {
            if (await CreateAsync(users[(int)(ticket % users.Count)], random, ct).ConfigureAwait(false) is { } transaction)
            {
                prepared.Enqueue(transaction);
                Stats.CountPrepared();
            }
        }, cancellation).ConfigureAwait(false);
        PreparationElapsed = Elapsed;
        return [.. prepared];
    }

    private async Task<IReadOnlyList<WorkerLog>> DriveAsync(
        double? rate, TimeSpan? duration, int? count, Func<long, WorkerLog, Random, CancellationToken, Task> step, CancellationToken cancellation)
    {
        _next = 0;
        _start = time.GetTimestamp();
        var logs = Enumerable.Range(0, settings.Concurrency).Select(_ => new WorkerLog()).ToArray();
        await Task.WhenAll(logs.Select(log => Task.Run(() => WorkAsync(log, rate, duration, count, step, cancellation), cancellation))).ConfigureAwait(false);
        return logs;
    }

    private async Task WaitForTicketAsync(double dueSeconds, CancellationToken cancellation)
    {
        // A timer cannot wait for the far-off tickets of a low rate in one go: a day at a time until the last day.
        while (dueSeconds - Elapsed.TotalSeconds > MaxWaitSeconds)
        {
            await Task.Delay(TimeSpan.FromSeconds(MaxWaitSeconds), time, cancellation).ConfigureAwait(false);
        }

        // One wait, not a loop: a wait under a millisecond ends at once, and looping on it would spin.
        if (TimeSpan.FromSeconds(dueSeconds) - Elapsed is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait, time, cancellation).ConfigureAwait(false);
        }
    }

    private async Task WorkAsync(
        WorkerLog log, double? rate, TimeSpan? duration, int? count, Func<long, WorkerLog, Random, CancellationToken, Task> step, CancellationToken cancellation)
    {
        var random = new Random();
        while (!cancellation.IsCancellationRequested)
        {
            var ticket = Interlocked.Increment(ref _next) - 1;
            if (ticket >= count)
            {
                return;
            }

            if (rate is { } r)
            {
                // The schedule decides, not the clock after a wait (a timer may fire a little early): a ticket due after
                // the end only waits for the end, so the run lasts its duration rather than the furthest ticket's wait.
                var due = ticket / r;
                if (duration is { } d && due >= d.TotalSeconds)
                {
                    await WaitForTicketAsync(d.TotalSeconds, cancellation).ConfigureAwait(false);
                    return;
                }

                await WaitForTicketAsync(due, cancellation).ConfigureAwait(false);
            }
            else if (Elapsed >= duration)
            {
                return;
            }

            try
            {
                await step(ticket, log, random, cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellation.IsCancellationRequested)
            {
                Stats.CountError($"http {e.GetType().Name}");
            }
        }
    }

    private async Task CycleAsync(LoadUser user, long began, WorkerLog log, Random random, CancellationToken cancellation)
    {
        if (await CreateAsync(user, random, cancellation).ConfigureAwait(false) is { } transaction)
        {
            await ConfirmAsync(transaction, began, log, random, cancellation).ConfigureAwait(false);
        }
    }

    private async Task<PreparedTransaction?> CreateAsync(LoadUser user, Random random, CancellationToken cancellation)
    {
        var kind = settings.Mix.Pick(random);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var created = await api.CreateTransactionAsync(user.ContractId, user.LoginId, kind, OperationData.For(kind, user, today, random), cancellation).ConfigureAwait(false);
        if (created.Status != HttpStatusCode.Created || created.Text("payload") is not { } payload || created.Text("transactionId") is not { } id)
        {
            Stats.CountError($"create {kind} {created.Describe()}");
            return null;
        }

        return new PreparedTransaction(user, id, TxaCode.Compute(user.Token.Key, payload));
    }

    // The wrong code first for the chosen share of transactions, then the right one; the cycle's latency runs from began.
    private async Task ConfirmAsync(PreparedTransaction transaction, long began, WorkerLog log, Random random, CancellationToken cancellation)
    {
        var (_, id, right) = transaction;
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
