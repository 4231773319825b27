using BenchmarkDotNet.Attributes;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Postgres;
using Inkan.Silo.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Benchmarks.Runtime;

/// <summary>
/// One hot grain whose every call writes its state durably (pipelined: the turn ends once its write is
/// queued; each caller's answer waits until its write is committed). 1,000 callers, each awaiting its
/// calls one after another. One operation is one acknowledged durable call.
/// </summary>
/// <remarks>PostgreSQL runs only when INKAN_BENCH_POSTGRES holds a connection string.</remarks>
[MemoryDiagnoser]
public class DurableCallBenchmarks
{
    private const int Callers = 1_000;
    private const int CallsPerCaller = 100;

    private BenchSilo _silo = null!;
    private IBenchGrain _grain = null!;
    private string? _directory;

    [Params("sqlite", "postgres")]
    public string Storage { get; set; } = "sqlite";

    [GlobalSetup]
    public void Setup()
    {
        _silo = BenchSilo.StartAsync(_ => CreateStorage()).GetAwaiter().GetResult();
        _grain = _silo.Grains.GetGrain<IBenchGrain>("hot-" + Guid.NewGuid().ToString("N"));
        _grain.IncrementDurableAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _silo.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task DurableCalls_OneHotGrain()
        => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < CallsPerCaller; i++)
            {
                await _grain.IncrementDurableAsync();
            }
        })));

    private IGrainStorage CreateStorage()
    {
        if (Storage == "sqlite")
        {
            _directory = Directory.CreateTempSubdirectory("inkan-bench-").FullName;
            return new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = _directory }, NullLogger<SqliteGrainStorage>.Instance, new SiloMetrics());
        }

        var connectionString = Environment.GetEnvironmentVariable("INKAN_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("Set INKAN_BENCH_POSTGRES to a PostgreSQL connection string to run the PostgreSQL case.");
        return new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = connectionString }, NullLogger<PostgresGrainStorage>.Instance, new SiloMetrics());
    }
}
