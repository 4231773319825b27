namespace Inkan.Benchmarks.Verification;

/// <summary>Parameter values a run may narrow through an environment variable (BenchmarkDotNet's filter cannot select parameters).</summary>
public static class BenchSelection
{
    /// <summary>The comma-separated values of <paramref name="variable"/>, or <paramref name="all"/> when it is unset.</summary>
    public static IEnumerable<string> From(string variable, params string[] all)
        => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } chosen
            ? chosen.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : all;
}
