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

    public static IGrainStorage Memory(IServiceProvider services) => new MemoryGrainStorage(NullLogger<MemoryGrainStorage>.Instance, MetricsOf(services));

    public static Func<IServiceProvider, IGrainStorage> Sqlite(string directory)
        => services => new SqliteGrainStorage(new SqliteStorageOptions { DataDirectory = directory }, NullLogger<SqliteGrainStorage>.Instance, MetricsOf(services));

    public static Func<IServiceProvider, IGrainStorage> Postgres(string connectionString)
        => services => new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = connectionString }, NullLogger<PostgresGrainStorage>.Instance, MetricsOf(services));

    // The silo's own instruments when the storage belongs to a silo, so its batches show on the silo's meter.
    private static SiloMetrics MetricsOf(IServiceProvider services) => services.GetService<SiloMetrics>() ?? new SiloMetrics();
}
