namespace Inkan.Silo.Storage.Postgres;

/// <summary>The PostgreSQL database of the storage, and how it batches writes.</summary>
public sealed class PostgresStorageOptions
{
    /// <summary>The Npgsql connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Writer connections, each committing its own batches; a key always goes to the same one, so one grain's writes
    /// stay in order. One by default: commits wait on the WAL flush, which several writers only queue up for, while
    /// one writer's batches grow by what arrives during the flush.
    /// </summary>
    public int Partitions { get; set; } = 1;

    /// <summary>The most writes committed in one transaction.</summary>
    public int MaxBatchSize { get; set; } = 2_000;

    /// <summary>How often a batch is tried when the database reports a deadlock or a serialization failure.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The connection string, checked.</summary>
    /// <exception cref="ArgumentException"><see cref="ConnectionString"/> is not set.</exception>
    public string RequireConnectionString()
        => string.IsNullOrWhiteSpace(ConnectionString)
            ? throw new ArgumentException($"Set {nameof(PostgresStorageOptions)}.{nameof(ConnectionString)}.", nameof(ConnectionString))
            : ConnectionString;
}
