using System.Diagnostics;
using System.Globalization;
using Inkan.Benchmarks.Storage;

namespace Inkan.Benchmarks.Verification;

/// <summary>
/// The timed form of <see cref="VerificationBenchmarks"/>, to run beside pgbench for the same number of seconds:
/// <c>verify STORAGE SCENARIO SECONDS [WORKERS]</c> sets the world up, runs create-and-confirm cycles for a warm-up
/// of a fifth of the time and then for <c>SECONDS</c>, and prints verifications per second, allocations per
/// verification and batch sizes.
/// </summary>
public static class VerificationRunner
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args is not [_, var storage, var scenario, var secondsText, ..] || !int.TryParse(secondsText, CultureInfo.InvariantCulture, out var seconds))
        {
            await Console.Error.WriteLineAsync("usage: verify (sqlite|postgres) (ManyTokens|HotToken) SECONDS [WORKERS]");
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
        await RunForAsync(silo, seats, workers, TimeSpan.FromSeconds(Math.Max(1, seconds / 5)));
        recorder.TakeSummary();

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var cycles = await RunForAsync(silo, seats, workers, TimeSpan.FromSeconds(seconds));
        var elapsed = clock.Elapsed.TotalSeconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{storage} {scenario} workers={workers}: {cycles} verifications in {elapsed:0.00} s = {cycles / elapsed:0} /s, {allocated / (double)cycles:0} B allocated and {cpu.TotalMicroseconds / cycles:0} µs CPU (this process) per verification"));
        Console.WriteLine($"{storage} {scenario}: {recorder.TakeSummary()}");
        return 0;
    }

    private static async Task<long> RunForAsync(VerificationSilo silo, IReadOnlyList<VerificationSeat> seats, int workers, TimeSpan duration)
    {
        var cycles = 0L;
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            for (var i = worker; !stop.IsCancellationRequested; i += workers)
            {
                await VerificationWorld.VerifyAsync(silo, seats[i % seats.Count]);
                Interlocked.Increment(ref cycles);
            }
        })));
        return cycles;
    }
}
