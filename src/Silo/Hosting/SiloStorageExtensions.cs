using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage.Memory;
using Inkan.Silo.Storage.Postgres;
using Inkan.Silo.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Hosting;

/// <summary>Chooses the silo's storage provider.</summary>
public static class SiloStorageExtensions
{
    /// <summary>Keeps state in memory only: for tests and benchmarks.</summary>
    public static SiloBuilder UseMemoryStorage(this SiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return silo.UseStorage(sp => new MemoryGrainStorage(sp.GetRequiredService<ILogger<MemoryGrainStorage>>(), sp.GetRequiredService<SiloMetrics>()));
    }

    /// <summary>Uses the embedded SQLite database (one file in a data directory, WAL).</summary>
    public static SiloBuilder UseSqliteStorage(this SiloBuilder silo, SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return silo.UseStorage(sp => new SqliteGrainStorage(options, sp.GetRequiredService<ILogger<SqliteGrainStorage>>(), sp.GetRequiredService<SiloMetrics>()));
    }

    /// <summary>Uses PostgreSQL, which several nodes can share.</summary>
    public static SiloBuilder UsePostgresStorage(this SiloBuilder silo, PostgresStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        return silo.UseStorage(sp => new PostgresGrainStorage(options, sp.GetRequiredService<ILogger<PostgresGrainStorage>>(), sp.GetRequiredService<SiloMetrics>()));
    }
}
