using BenchmarkDotNet.Attributes;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Benchmarks.Runtime;

/// <summary>
/// In-memory grain calls: two workers (one per core here), each awaiting its calls one after another,
/// spread over 10,000 activated grains or all on one hot grain. One operation is one call of the silo,
/// so calls per second = 1 / (time per operation).
/// </summary>
[MemoryDiagnoser]
public class GrainCallBenchmarks
{
    private const int Grains = 10_000;
    private const int CallsPerWorker = 200_000;
    private const int Workers = 2;

    private BenchSilo _silo = null!;
    private IBenchGrain[] _grains = null!;

    [GlobalSetup]
    public void Setup()
    {
        _silo = BenchSilo.StartAsync(_ => new MemoryGrainStorage(NullLogger<MemoryGrainStorage>.Instance, new SiloMetrics())).GetAwaiter().GetResult();
        _grains = [.. Enumerable.Range(0, Grains).Select(i => _silo.Grains.GetGrain<IBenchGrain>($"g{i}"))];
        foreach (var grain in _grains)
        {
            grain.AddAsync(0).AsTask().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _silo.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(OperationsPerInvoke = Workers * CallsPerWorker)]
    public Task Calls_10000Grains() => RunWorkersAsync(static (grains, worker, i) => grains[(worker * 7919 + i) % Grains]);

    [Benchmark(OperationsPerInvoke = Workers * CallsPerWorker)]
    public Task Calls_OneHotGrain() => RunWorkersAsync(static (grains, _, _) => grains[0]);

    private Task RunWorkersAsync(Func<IBenchGrain[], int, int, IBenchGrain> pick)
        => Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerWorker; i++)
            {
                await pick(_grains, worker, i).AddAsync(1);
            }
        })));
}
