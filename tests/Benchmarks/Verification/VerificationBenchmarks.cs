using BenchmarkDotNet.Attributes;
using Inkan.Benchmarks.Storage;
using Inkan.Grains.Transactions;

namespace Inkan.Benchmarks.Verification;

/// <summary>
/// Create-and-confirm cycles through the real grains (<see cref="ITransactionGrain.CreateAsync"/>, then
/// <see cref="ITransactionGrain.ConfirmAsync"/> with the code the user's token computes), durable on SQLite or
/// PostgreSQL. <c>ManyTokens</c>: 10,000 users of 1,000 contracts, each with a token of their own; <c>HotToken</c>:
/// 100 users of one contract sharing one token. <see cref="Workers"/> callers each run their cycles one after
/// another. One operation is one authorized transaction, so verifications per second = 1 / (time per operation).
/// </summary>
[Config(typeof(StorageBenchmarkConfig))]
[MemoryDiagnoser]
public class VerificationBenchmarks
{
    private const int Cycles = 20_000;

    private VerificationSilo _silo = null!;
    private IReadOnlyList<VerificationSeat> _seats = null!;
    private BatchSizeRecorder _recorder = null!;

    [ParamsSource(nameof(Storages))]
    public string Storage { get; set; } = "sqlite";

    [ParamsSource(nameof(Scenarios))]
    public string Scenario { get; set; } = "ManyTokens";

    [Params(1_000)]
    public int Workers { get; set; } = 1_000;

    /// <summary>sqlite and postgres, or the comma-separated list in <c>INKAN_BENCH_STORAGES</c>.</summary>
    public static IEnumerable<string> Storages => BenchSelection.From("INKAN_BENCH_STORAGES", "sqlite", "postgres");

    /// <summary>ManyTokens and HotToken, or the comma-separated list in <c>INKAN_BENCH_SCENARIOS</c>.</summary>
    public static IEnumerable<string> Scenarios => BenchSelection.From("INKAN_BENCH_SCENARIOS", "ManyTokens", "HotToken");

    [GlobalSetup]
    public void Setup()
    {
        _silo = VerificationSilo.StartAsync(Storage).GetAwaiter().GetResult();
        _recorder = new BatchSizeRecorder(_silo.Storage.Metrics);
        _seats = (Scenario == "HotToken"
            ? VerificationWorld.HotTokenAsync(_silo, users: 100)
            : VerificationWorld.ManyTokensAsync(_silo, contracts: 1_000, usersPerContract: 10)).GetAwaiter().GetResult();
        _recorder.TakeSummary();
    }

    [IterationCleanup]
    public void PrintBatchSizes() => Console.WriteLine($"// {Storage} {Scenario}: {_recorder.TakeSummary()}");

    [GlobalCleanup]
    public void Cleanup()
    {
        _recorder.Dispose();
        _silo.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Cycles)]
    public Task CreateAndConfirm() => Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
    {
        for (var i = worker; i < Cycles; i += Workers)
        {
            await VerificationWorld.VerifyAsync(_silo, _seats[i % _seats.Count]);
        }
    })));
}
