namespace Inkan.Benchmarks.Runtime;

/// <summary>State of <see cref="BenchGrain"/>.</summary>
public sealed class BenchState
{
    public long Count { get; set; }
}
