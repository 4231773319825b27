using Inkan.Silo.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Inkan.Silo.Storage.Postgres;

/// <summary>
/// Storage on PostgreSQL, shared by several nodes: writes are conditional on their version, so nodes stay correct
/// without a cluster protocol. Each of <see cref="PostgresStorageOptions.Partitions"/> writer threads commits group
/// batches on its own connection; reads use the pool.
/// </summary>
public sealed class PostgresGrainStorage : BatchingGrainStorage
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresWriter[] _writers;
    private readonly PostgresReadBatcher _reads;

    /// <summary>Creates the storage; nothing connects until <see cref="IGrainStorage.InitializeAsync"/>.</summary>
    /// <inheritdoc />
    /// <remarks>Several silos may run over one PostgreSQL database.</remarks>
    public override bool IsShared => true;

    public PostgresGrainStorage(PostgresStorageOptions options, ILogger<PostgresGrainStorage> logger, SiloMetrics metrics)
        : base((options ?? throw new ArgumentNullException(nameof(options))).Partitions, options.MaxBatchSize, logger, metrics)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxAttempts, 1, nameof(options.MaxAttempts));
        _dataSource = NpgsqlDataSource.Create(options.RequireConnectionString());
        _reads = new PostgresReadBatcher(_dataSource, options.MaxBatchSize, metrics);
        _writers = [.. Enumerable.Range(0, PartitionCount).Select(_ => new PostgresWriter(_dataSource, options.MaxAttempts, logger))];
    }

    /// <inheritdoc />
    public override Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
    {
        StorageText.Require(stateType, nameof(stateType));
        StorageText.Require(key, nameof(key));
        return _reads.ReadAsync(stateType, key, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        await using var command = _dataSource.CreateCommand(PostgresSql.ReadLog);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = log });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxCount });
        return await EntriesAsync(command, log, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        await using var command = _dataSource.CreateCommand(PostgresSql.ReadLogTail);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = log });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = maxCount });
        return await EntriesAsync(command, log, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task InitializeStorageAsync(CancellationToken cancellationToken)
    {
        var found = await PostgresSchema.ApplyAsync(_dataSource, cancellationToken).ConfigureAwait(false);
        StorageLog.SchemaReady(Logger, PostgresSchema.Version, found == PostgresSchema.Version ? "PostgreSQL" : $"PostgreSQL, upgraded from {found}");
    }

    /// <inheritdoc />
    protected override void CommitBatch(int partition, IReadOnlyList<BatchRow> rows) => _writers[partition].Commit(rows);

    /// <inheritdoc />
    protected override async ValueTask DisposeStorageAsync()
    {
        foreach (var writer in _writers)
        {
            writer.Dispose();
        }

        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<LogEntry>> EntriesAsync(NpgsqlCommand command, string log, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<LogEntry>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new LogEntry(reader.GetInt64(0), log, reader.GetString(1)));
        }

        return entries;
    }
}
