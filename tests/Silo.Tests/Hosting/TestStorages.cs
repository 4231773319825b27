using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Inkan.Silo.Storage.Postgres;
using Inkan.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Tests.Hosting;

/// <summary>Storage factories for the test silos.</summary>
public static class TestStorages
{
    /// <summary>For creating a storage outside a silo.</summary>
    public static IServiceProvider EmptyServices { get; } = new ServiceCollection().BuildServiceProvider();

    public static IGrainStorage Memory(IServiceProvider services) => new MemoryGrainStorage(NullLogger<MemoryGrainStorage>.Instance, new SiloMetrics());

    public static Func<IServiceProvider, IGrainStorage> Sqlite(string directory)
        => _ => new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = directory }, NullLogger<SqliteGrainStorage>.Instance, new SiloMetrics());

    public static Func<IServiceProvider, IGrainStorage> Postgres(string connectionString)
        => _ => new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = connectionString }, NullLogger<PostgresGrainStorage>.Instance, new SiloMetrics());
}
