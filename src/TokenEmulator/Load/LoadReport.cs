using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Inkan.TokenEmulator.Load;

/// <summary>
/// The end of a load run: what ran, throughput, latency percentiles and errors; written as text and as JSON. In a split run the
/// elapsed time, rates and latencies are those of the confirmations alone, after <see cref="Prepared"/> untimed creations.
/// </summary>
internal sealed record LoadReport(
    string Url,
    string Mode,
    int Concurrency,
    int Users,
    int Tokens,
    IReadOnlyDictionary<string, int> Mix,
    double WrongCodeRatio,
    double WarmupSeconds,
    bool Split,
    long Prepared,
    double PreparationSeconds,
    double ElapsedSeconds,
    long Authorized,
    long Verifications,
    long WrongCodesRefused,
    long Errors,
    double AuthorizedPerSecond,
    double VerificationsPerSecond,
    LatencySummary VerificationLatencyMs,
    LatencySummary CycleLatencyMs,
    IReadOnlyDictionary<string, long> ErrorsByKind)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static LoadReport Of(LoadSettings settings, IReadOnlyList<LoadUser> users, LoadStats stats, IReadOnlyList<WorkerLog> logs, TimeSpan elapsed, TimeSpan preparation)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-9);
        return new LoadReport(
            settings.BaseUrl.ToString(),
            (settings.Rate is { } rate ? string.Create(CultureInfo.InvariantCulture, $"rate {rate}/s") : "max") + (settings.Split ? ", split" : ""),
            settings.Concurrency,
            users.Count,
            users.Select(u => u.Token.Serial).Distinct(StringComparer.Ordinal).Count(),
            settings.Mix.Weights,
            settings.WrongCodes,
            settings.Warmup.TotalSeconds,
            settings.Split,
            stats.Prepared,
            Math.Round(preparation.TotalSeconds, 3),
            Math.Round(elapsed.TotalSeconds, 3),
            stats.Authorized,
            stats.Verifications,
            stats.WrongCodesRefused,
            stats.Errors,
            Math.Round(stats.Authorized / seconds, 1),
            Math.Round(stats.Verifications / seconds, 1),
            LatencySummary.Of(logs.SelectMany(l => l.Verifications)),
            LatencySummary.Of(logs.SelectMany(l => l.Cycles)),
            new SortedDictionary<string, long>(stats.ErrorsByKind, StringComparer.Ordinal));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"load: {Url} {Mode}, concurrency {Concurrency}, {Users} users on {Tokens} tokens, mix {string.Join(',', Mix.Select(m => $"{m.Key}={m.Value}"))}, wrong codes {WrongCodeRatio:0.###}");
        if (Split)
        {
            text.AppendLine(c, $"prepared       {Prepared} transactions in {PreparationSeconds:0.000} s ({Prepared / Math.Max(PreparationSeconds, 1e-9):0.0}/s), untimed: what follows times their confirmations alone");
        }

        text.AppendLine(c, $"elapsed        {ElapsedSeconds:0.000} s{(WarmupSeconds > 0 ? $", after {WarmupSeconds:0.###} s of warm-up" : "")}");
        text.AppendLine(c, $"authorized     {Authorized} ({AuthorizedPerSecond:0.0}/s)");
        text.AppendLine(c, $"verifications  {Verifications} ({VerificationsPerSecond:0.0}/s), wrong codes refused {WrongCodesRefused}");
        text.AppendLine(c, $"verification   {Line(VerificationLatencyMs)}");
        text.AppendLine(c, $"cycle          {Line(CycleLatencyMs)}");
        text.AppendLine(c, $"errors         {Errors}");
        foreach (var (kind, count) in ErrorsByKind)
        {
            text.AppendLine(c, $"  {count,8}  {kind}");
        }

        return text.ToString();
    }

    private static string Line(LatencySummary l)
        => string.Create(CultureInfo.InvariantCulture, $"p50 {l.P50:0.00} ms, p95 {l.P95:0.00} ms, p99 {l.P99:0.00} ms, max {l.Max:0.00} ms (n={l.Count})");
}
