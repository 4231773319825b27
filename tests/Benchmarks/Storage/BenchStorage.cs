using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Inkan.Silo.Storage.Postgres;
using Inkan.Silo.Storage.Sqlite;
using Inkan.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Benchmarks.Storage;

/// <summary>A storage provider for the benchmarks on a fresh database: SQLite in a temporary directory, a private PostgreSQL cluster, or memory.</summary>
public sealed class BenchStorage : IAsyncDisposable
{
    private readonly PostgresCluster? _cluster;
    private readonly DirectoryInfo? _directory;

    private BenchStorage(BatchingGrainStorage storage, SiloMetrics metrics, PostgresCluster? cluster, DirectoryInfo? directory)
    {
        Storage = storage;
        Metrics = metrics;
        _cluster = cluster;
        _directory = directory;
    }

    public BatchingGrainStorage Storage { get; }

    public SiloMetrics Metrics { get; }

    public static async Task<BenchStorage> StartAsync(string provider)
    {
        var metrics = new SiloMetrics();
        if (provider == "memory")
        {
            return new BenchStorage(new MemoryGrainStorage(NullLogger<MemoryGrainStorage>.Instance, metrics), metrics, null, null);
        }

        if (provider == "sqlite")
        {
            var directory = Directory.CreateTempSubdirectory("inkan-bench-");
            var sqlite = new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = directory.FullName }, NullLogger<SqliteGrainStorage>.Instance, metrics);
            await sqlite.InitializeAsync(CancellationToken.None);
            return new BenchStorage(sqlite, metrics, null, directory);
        }

        var cluster = new PostgresCluster();
        await cluster.InitializeAsync();
        var database = await cluster.CreateDatabaseAsync("bench");
        var postgres = new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = database }, NullLogger<PostgresGrainStorage>.Instance, metrics);
        await postgres.InitializeAsync(CancellationToken.None);
        return new BenchStorage(postgres, metrics, cluster, null);
    }

    public async ValueTask DisposeAsync()
    {
        await Storage.DisposeAsync();
        Metrics.Dispose();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        _directory?.Delete(recursive: true);
    }
}
