using System.Globalization;

namespace Inkan.TokenEmulator.Load;

/// <summary>Writes one progress line a second on stderr while the run lasts: totals and the last second's rate.</summary>
internal static class ProgressLine
{
    public static async Task RunAsync(LoadRunner runner, TextWriter error, TimeProvider time, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        var previous = 0L;
        try
        {
            while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
            {
                var stats = runner.Stats;
                var authorized = stats.Authorized;
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"[{runner.Elapsed.TotalSeconds,6:0}s] {(stats.Prepared > 0 ? $"created {stats.Prepared}, " : "")}authorized {authorized} (+{authorized - previous}/s), verifications {stats.Verifications}, wrong codes refused {stats.WrongCodesRefused}, errors {stats.Errors}")).ConfigureAwait(false);
                previous = authorized;
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run ended.
        }
    }
}
