using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Inkan.Benchmarks.Storage;
using Inkan.Grains.Transactions;

namespace Inkan.Benchmarks.Verification;

/// <summary>
/// The timed form of <see cref="VerificationBenchmarks"/>, to run beside pgbench for the same number of seconds:
/// <c>verify STORAGE SCENARIO SECONDS [WORKERS] [split]</c> sets the world up, runs create-and-confirm cycles for a
/// warm-up of a fifth of the time and then for <c>SECONDS</c>, and prints verifications per second, allocations
/// and CPU time per verification and batch sizes. With <c>split</c> it then also creates pending transfers for
/// <c>SECONDS</c> and confirms all of them, timing the two phases apart (a confirmation alone is what the
/// row-lock baseline's transaction does).
/// </summary>
public static class VerificationRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [_, var storage, var scenario, var secondsText, ..] || !int.TryParse(secondsText, CultureInfo.InvariantCulture, out var seconds))
        {
            await Console.Error.WriteLineAsync("usage: verify (sqlite|postgres|memory) (ManyTokens|HotToken) SECONDS [WORKERS] [split]");
            return 2;
        }

        var workers = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1_000;
        await using var silo = await VerificationSilo.StartAsync(storage);
        using var recorder = new BatchSizeRecorder(silo.Storage.Metrics);
        var setup = Stopwatch.StartNew();
        var seats = scenario == "HotToken"
            ? await VerificationWorld.HotTokenAsync(silo, users: 100)
            : await VerificationWorld.ManyTokensAsync(silo, contracts: 1_000, usersPerContract: 10);
        Console.WriteLine($"setup: {seats.Count} users in {setup.Elapsed.TotalSeconds:0.0} s");
        await RunForAsync(seats, workers, TimeSpan.FromSeconds(Math.Max(1, seconds / 5)), seat => VerificationWorld.VerifyAsync(silo, seat));
        recorder.TakeSummary();

        var label = $"{storage} {scenario} workers={workers}:";
        var cycles = await MeasureAsync(label, "verifications", () => RunForAsync(seats, workers, TimeSpan.FromSeconds(seconds), seat => VerificationWorld.VerifyAsync(silo, seat)));
        Console.WriteLine($"{storage} {scenario}: {recorder.TakeSummary()}");
        if (args.Contains("split"))
        {
            var pending = new ConcurrentQueue<(VerificationSeat, TransactionView)>();
            await MeasureAsync(label, "creations", () => RunForAsync(seats, workers, TimeSpan.FromSeconds(seconds), async seat => pending.Enqueue((seat, await VerificationWorld.CreateAsync(silo, seat)))));
            await MeasureAsync(label, "confirmations", () => ConfirmAllAsync(silo, pending, workers));
        }

        return cycles > 0 ? 0 : 1;
    }

    private static async Task<long> MeasureAsync(string label, string what, Func<Task<long>> run)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var count = await run();
        var elapsed = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} {count} {what} in {elapsed:0.00} s = {count / elapsed:0} /s, {allocated / (double)count:0} B allocated and {cpu.TotalMicroseconds / count:0} µs CPU (this process) per one"));
        return count;
    }

    private static async Task<long> RunForAsync(IReadOnlyList<VerificationSeat> seats, int workers, TimeSpan duration, Func<VerificationSeat, Task> cycle)
    {
        var cycles = 0L;
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i += workers)
            {
                await cycle(seats[i % seats.Count]);
                Interlocked.Increment(ref cycles);
            }
        })));
        return cycles;
    }

    private static async Task<long> ConfirmAllAsync(VerificationSilo silo, ConcurrentQueue<(VerificationSeat Seat, TransactionView View)> pending, int workers)
    {
        var count = (long)pending.Count;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (pending.TryDequeue(out var next))
            {
                await VerificationWorld.ConfirmAsync(silo, next.Seat, next.View);
            }
        })));
        return count;
    }
}
