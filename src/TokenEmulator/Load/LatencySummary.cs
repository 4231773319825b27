namespace Inkan.TokenEmulator.Load;

/// <summary>Latency percentiles in milliseconds (nearest rank), over <see cref="Count"/> samples.</summary>
internal sealed record LatencySummary(long Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Of(IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1], sorted.Average());
    }
}
