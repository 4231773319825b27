using System.CommandLine;
using System.Globalization;
using Inkan.TokenEmulator.Cli;
using Inkan.TokenEmulator.Load;

namespace Inkan.TokenEmulator.Commands;

/// <summary>
/// <c>load --url URL --api-key KEY [--contracts N --tokens T --users-per-token U | --credentials FILE] [--rate R | --max]
/// [--duration S | --cycles N] [--concurrency C] [--mix TRF=70,…] [--wrong-codes P] [--warmup S] [--split] [--json FILE]</c>: sets up users
/// and tokens through the bank API, drives create-and-confirm cycles (or, split, creations and then the confirmations alone), and
/// reports throughput, latency and errors.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(CliContext context)
    {
        var o = new LoadOptions();
        var command = new Command("load", "Drives create-and-confirm cycles against a gateway's bank API and reports throughput, p50/p95/p99/max latency and errors.");
        o.AddTo(command);

        GuardedAction.Set(command, context, async (result, cancellation) =>
        {
            var settings = o.Read(result.CommandResult);
            using var api = new BankApiClient(settings.BaseUrl, settings.ApiKey, Math.Max(settings.Concurrency, 16));
            var population = settings.Population;
            await context.Error.WriteLineAsync("setting up users and tokens…").ConfigureAwait(false);
            var users = population.CredentialsFile is { } file
                ? await CredentialsUsers.ReadAsync(file, api, cancellation).ConfigureAwait(false)
                : await new LoadSetup(api, Math.Min(settings.Concurrency, 16)).CreateAsync(population, cancellation).ConfigureAwait(false);

            if (settings.Warmup > TimeSpan.Zero)
            {
                await WarmUpAsync(context, api, settings, users, cancellation).ConfigureAwait(false);
            }

            var runner = new LoadRunner(api, settings, users, context.Time);
            using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            var progress = ProgressLine.RunAsync(runner, context.Error, context.Time, stopProgress.Token);
            var logs = await runner.RunAsync(cancellation).ConfigureAwait(false);
            var elapsed = runner.Elapsed;
            await stopProgress.CancelAsync().ConfigureAwait(false);
            await progress.ConfigureAwait(false);

            var report = LoadReport.Of(settings, users, runner.Stats, logs, elapsed, runner.PreparationElapsed);
            await context.Output.WriteAsync(report.ToText()).ConfigureAwait(false);
            if (result.GetValue(o.Json) is { } json)
            {
                await File.WriteAllTextAsync(json.FullName, report.ToJson(), cancellation).ConfigureAwait(false);
            }

            return report switch
            {
                { Authorized: 0 } => Fail(context, "no cycle was authorized; see the errors above"),
                { Errors: > 0 } => Fail(context, string.Create(CultureInfo.InvariantCulture, $"{report.Errors} cycles went wrong; the report above says how")),
                _ => ExitCodes.Success,
            };
        });
        return command;
    }

    // The gateway's JIT and caches settle during the warm-up, so the report measures the warm server.
    private static async Task WarmUpAsync(CliContext context, BankApiClient api, LoadSettings settings, IReadOnlyList<LoadUser> users, CancellationToken cancellation)
    {
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"warming up for {settings.Warmup.TotalSeconds:0.###} s…")).ConfigureAwait(false);
        var warmup = new LoadRunner(api, settings.ForWarmup(), users, context.Time);
        await warmup.RunAsync(cancellation).ConfigureAwait(false);
        await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"warm-up: authorized {warmup.Stats.Authorized}, errors {warmup.Stats.Errors} (left out of the report)")).ConfigureAwait(false);
    }

    private static int Fail(CliContext context, string message)
    {
        context.Error.WriteLine("error: " + message);
        return ExitCodes.Failure;
    }
}
