using System.CommandLine;
using System.CommandLine.Parsing;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Load;

/// <summary>The <c>load</c> command's options and their checks; a wrong combination or value is one <see cref="EmulatorException"/> naming the option.</summary>
internal sealed class LoadOptions
{
    private const int MaxTokens = 100_000;
    private const double MinRate = 0.001;
    private const string DefaultMix = "TRF=70,FEE=10,BLK=10,ADM=10";

    public Option<string> Url { get; } = new("--url") { Description = "The gateway, e.g. http://127.0.0.1:5080.", Required = true };
    public Option<string> ApiKey { get; } = new("--api-key") { Description = "A bank API key with the transactions and backoffice scopes (default with --credentials: its apiKey)." };
    public Option<int?> Contracts { get; } = new("--contracts") { Description = "Contracts to create (default 1)." };
    public Option<int?> Tokens { get; } = new("--tokens") { Description = "Tokens issued to each contract (default 1)." };
    public Option<int?> UsersPerToken { get; } = new("--users-per-token") { Description = "Users sharing each token (default 1)." };
    public Option<FileInfo> Credentials { get; } = new("--credentials") { Description = "Use the token users of a demo-credentials.json instead of creating contracts." };
    public Option<double?> Rate { get; } = new("--rate") { Description = "Cycles started per second." };
    public Option<bool> Max { get; } = new("--max") { Description = "As fast as the answers come (the default)." };
    public Option<double?> Duration { get; } = new("--duration") { Description = "Seconds to run (default 10)." };
    public Option<int?> Cycles { get; } = new("--cycles") { Description = "Cycles to run, instead of a duration." };
    public Option<int?> Concurrency { get; } = new("--concurrency") { Description = "Cycles in flight at most (default 16)." };
    public Option<string> Mix { get; } = new("--mix") { Description = "Kinds and weights (default TRF=70,FEE=10,BLK=10,ADM=10)." };
    public Option<double?> WrongCodes { get; } = new("--wrong-codes") { Description = "Share of cycles that first send a wrong code, 0 to 1 (default 0)." };
    public Option<FileInfo> Json { get; } = new("--json") { Description = "Also write the report as JSON to this file." };
    public Option<bool> Split { get; } = new("--split") { Description = "Create the transactions first, untimed, then time their confirmations alone." };
    public Option<double?> Warmup { get; } = new("--warmup") { Description = "Seconds of cycles before the measured run, left out of the report (default 0)." };

    /// <summary>Adds the options to <paramref name="command"/>, with a check that reports a wrong value or combination as a usage error.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All)
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetResult(Url) is null)
            {
                return; // already reported as missing
            }

            try
            {
                _ = Read(result);
            }
            catch (EmulatorException e)
            {
                result.AddError(e.Message);
            }
            catch (InvalidOperationException)
            {
                // A value that does not parse, already reported by the parser.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // An unreadable credentials file is not a wrong command line; the command reports it when it runs.
            }
        });
    }

    private IEnumerable<Option> All => [Url, ApiKey, Contracts, Tokens, UsersPerToken, Credentials, Rate, Max, Duration, Cycles, Concurrency, Mix, WrongCodes, Json, Warmup, Split];

    public LoadSettings Read(SymbolResult result)
    {
        if (!Uri.TryCreate(result.GetValue(Url)!, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new EmulatorException("--url must be an absolute http:// or https:// URL");
        }

        var credentials = result.GetValue(Credentials);
        if (credentials is not null && (Given(result, Contracts) || Given(result, Tokens) || Given(result, UsersPerToken)))
        {
            throw new EmulatorException("--credentials replaces --contracts, --tokens and --users-per-token");
        }

        var apiKey = result.GetValue(ApiKey) ?? (credentials is not null ? CredentialsUsers.ApiKey(credentials.FullName) : throw new EmulatorException("--api-key is required (or --credentials)"));
        var contracts = Range(result.GetValue(Contracts) ?? 1, "--contracts", 1, 10_000);
        var tokens = Range(result.GetValue(Tokens) ?? 1, "--tokens", 1, MaxTokens);
        if ((long)contracts * tokens > MaxTokens)
        {
            throw new EmulatorException($"--contracts × --tokens must be at most {MaxTokens}");
        }

        var rate = result.GetValue(Rate);
        if (rate is not null && result.GetValue(Max))
        {
            throw new EmulatorException("--rate and --max exclude each other");
        }

        var duration = result.GetValue(Duration);
        var cycles = result.GetValue(Cycles);
        if (duration is not null && cycles is not null)
        {
            throw new EmulatorException("--duration and --cycles exclude each other");
        }

        // Checked before the run, not when the report is written at its end: a long run would lose its JSON report.
        if (result.GetValue(Json) is { } json && (json.Directory is not { Exists: true } || Directory.Exists(json.FullName)))
        {
            throw new EmulatorException("--json must name a file in an existing directory");
        }

        var wrongCodes = result.GetValue(WrongCodes) ?? 0;
        var warmup = result.GetValue(Warmup) ?? 0;
        return new LoadSettings(
            url,
            apiKey,
            new LoadPopulation(contracts, tokens, Range(result.GetValue(UsersPerToken) ?? 1, "--users-per-token", 1, 1_000), credentials?.FullName),
            rate is { } r ? (r is >= MinRate and <= 1_000_000 ? r : throw new EmulatorException("--rate must be from 0.001 to 1000000 per second")) : null,
            cycles is null ? TimeSpan.FromSeconds(duration is { } d ? (d is > 0 and <= 86_400 ? d : throw new EmulatorException("--duration must be above 0 and at most 86400 seconds")) : 10) : null,
            cycles is { } n ? Range(n, "--cycles", 1, int.MaxValue) : null,
            Range(result.GetValue(Concurrency) ?? 16, "--concurrency", 1, 4_096),
            KindMix.Parse(result.GetValue(Mix) ?? DefaultMix),
            wrongCodes is >= 0 and <= 1 ? wrongCodes : throw new EmulatorException("--wrong-codes must be from 0 to 1"),
            TimeSpan.FromSeconds(warmup is >= 0 and <= 3_600 ? warmup : throw new EmulatorException("--warmup must be from 0 to 3600 seconds")),
            result.GetValue(Split));
    }

    private static bool Given(SymbolResult result, Option option) => result.GetResult(option) is not null;

    private static int Range(int value, string name, int min, int max)
        => value >= min && value <= max ? value : throw new EmulatorException($"{name} must be from {min} to {max}");
}
