using Inkan.Silo.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>
/// The embedded default storage: one SQLite file in WAL mode with <c>synchronous=FULL</c>, one writer thread
/// committing group batches on its own connection, and reads on a pool of separate connections.
/// </summary>
public sealed class SqliteGrainStorage(SqliteStorageOptions options, ILogger<SqliteGrainStorage> logger, SiloMetrics metrics)
    : BatchingGrainStorage(partitions: 1, (options ?? throw new ArgumentNullException(nameof(options))).MaxBatchSize, logger, metrics)
{
    private const int MaxPooledReaders = 64;

    private readonly string _filePath = options.ResolveFilePath();
    private readonly Stack<SqliteReader> _readers = new();
    private readonly Lock _pool = new();
    private readonly Lock _initialization = new();
    private SqliteConnections? _connections;
    private SqliteWriter? _writer;
    private FileStream? _fileLock;
    private volatile bool _closed;

    /// <summary>The database file.</summary>
    public string FilePath => _filePath;

    /// <summary>For tests: runs when a read is done, just before it hands its connection back to the pool.</summary>
    internal Action? BeforeReaderReturns { get; set; }

    /// <inheritdoc />
    public override Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
    {
        StorageText.Require(stateType, nameof(stateType));
        StorageText.Require(key, nameof(key));
        return Task.FromResult(WithReader(reader => reader.ReadState(stateType, key)));
    }

    /// <inheritdoc />
    public override Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return Task.FromResult<IReadOnlyList<LogEntry>>(WithReader(reader => reader.ReadLog(log, afterId, maxCount)));
    }

    /// <inheritdoc />
    public override Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return Task.FromResult<IReadOnlyList<LogEntry>>(WithReader(reader => reader.ReadLogTail(log, maxCount)));
    }

    /// <inheritdoc />
    protected override Task InitializeStorageAsync(CancellationToken cancellationToken)
    {
        lock (_initialization)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_filePath)!);
            _fileLock ??= SqliteFileLock.Take(_filePath, options.BusyTimeout);
            _connections ??= new SqliteConnections(_filePath, options.BusyTimeout);
            var connection = _connections.Open();
            int found;
            try
            {
                found = SqliteSchema.Apply(connection);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            if (_writer is null)
            {
                _writer = new SqliteWriter(connection);
            }
            else
            {
                connection.Dispose();
            }

            StorageLog.SchemaReady(Logger, SqliteSchema.Version, found == SqliteSchema.Version ? "SQLite" : $"SQLite, upgraded from {found}");
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override void CommitBatch(int partition, IReadOnlyList<BatchRow> rows) => _writer!.Commit(rows);

    /// <inheritdoc />
    protected override ValueTask DisposeStorageAsync()
    {
        SqliteReader[] pooled;
        lock (_pool)
        {
            _closed = true;
            pooled = [.. _readers];
            _readers.Clear();
        }

        _writer?.Dispose();
        foreach (var reader in pooled)
        {
            reader.Dispose();
        }

        _fileLock?.Dispose();
        return default;
    }

    private T WithReader<T>(Func<SqliteReader, T> read)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        var connections = _connections ?? throw new InvalidOperationException("The storage is not initialized: call InitializeAsync first.");
        SqliteReader? reader;
        lock (_pool)
        {
            _readers.TryPop(out reader);
        }

        reader ??= new SqliteReader(connections.Open());
        try
        {
            return read(reader);
        }
        finally
        {
            Return(reader);
        }
    }

    private void Return(SqliteReader reader)
    {
        BeforeReaderReturns?.Invoke();
        lock (_pool)
        {
            // Decided under the lock the disposal empties the pool under: a reader pooled after that would stay open.
            if (!_closed && _readers.Count < MaxPooledReaders)
            {
                _readers.Push(reader);
                return;
            }
        }

        reader.Dispose();
    }
}
