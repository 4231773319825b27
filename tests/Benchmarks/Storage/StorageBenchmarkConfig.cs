using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Inkan.Benchmarks.Storage;

/// <summary>
/// A few long iterations, in process: a durable-write iteration is about a second of real I/O, so BenchmarkDotNet's
/// many short invocations would measure nothing better, and in process it needs no generated project.
/// </summary>
public sealed class StorageBenchmarkConfig : ManualConfig
{
    public StorageBenchmarkConfig()
        => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
}
