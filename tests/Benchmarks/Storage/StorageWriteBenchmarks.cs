using System.Text;
using BenchmarkDotNet.Attributes;
using Inkan.Silo.Storage;

namespace Inkan.Benchmarks.Storage;

/// <summary>
/// Durable state writes with group commit. <c>ConcurrentWriters</c>: many writers, each awaiting its own writes one
/// after another on its own key (updates of existing rows). <c>OneKeyPipelined</c>: one grain's writes queued
/// without waiting, as the runtime pipelines a hot grain. One operation is one durable write. Each iteration
/// prints the batch sizes it reached.
/// </summary>
[Config(typeof(StorageBenchmarkConfig))]
public class StorageWriteBenchmarks
{
    private const int Writers = 4_000;
    private const int WritesPerWriter = 50;
    private const int PipelinedWrites = 100_000;

    private readonly byte[] _payload = Encoding.UTF8.GetBytes("""{"failures":3,"lockedUntil":null,"serial":"0000000001","lastCounter":123456}""");
    private BenchStorage _bench = null!;
    private BatchSizeRecorder _recorder = null!;
    private long[] _versions = null!;
    private long _hotVersion;

    [Params("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        _bench = BenchStorage.StartAsync(Provider).GetAwaiter().GetResult();
        _recorder = new BatchSizeRecorder(_bench.Metrics);
        _versions = new long[Writers];
        Task.WhenAll(Enumerable.Range(0, Writers).Select(i => _bench.Storage.WriteAsync(new StateWrite("bench", $"key-{i}", 0, _payload)))).GetAwaiter().GetResult();
        Array.Fill(_versions, 1);
        _recorder.TakeSummary();
    }

    [IterationCleanup]
    public void PrintBatchSizes() => Console.WriteLine($"// {Provider}: {_recorder.TakeSummary()}");

    [GlobalCleanup]
    public void Cleanup()
    {
        _recorder.Dispose();
        _bench.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Writers * WritesPerWriter)]
    public Task ConcurrentWriters() => Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(async () =>
    {
        var key = $"key-{i}";
        for (var n = 0; n < WritesPerWriter; n++)
        {
            _versions[i] = await _bench.Storage.WriteAsync(new StateWrite("bench", key, _versions[i], _payload));
        }
    })));

    [Benchmark(OperationsPerInvoke = PipelinedWrites)]
    public Task OneKeyPipelined()
    {
        var sequence = new WriteSequence();
        var writes = new Task<long>[PipelinedWrites];
        for (var i = 0; i < writes.Length; i++)
        {
            writes[i] = _bench.Storage.WriteAsync(new StateWrite("hot", "grain", _hotVersion++, _payload, sequence: sequence));
        }

        return Task.WhenAll(writes);
    }
}
