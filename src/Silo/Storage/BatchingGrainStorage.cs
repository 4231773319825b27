using Inkan.Silo.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Storage;

/// <summary>
/// The group-commit engine of the storage providers. Writes queue per partition (chosen by key, so one grain's
/// writes stay in order); a dedicated writer thread per partition takes everything queued, up to a maximum, and
/// the provider commits it in one database transaction (<see cref="CommitBatch"/>). Each writer completes only
/// once its own write is committed.
/// </summary>
public abstract class BatchingGrainStorage : IGrainStorage
{
    private readonly StoragePartition[] _partitions;
    private readonly ILogger _logger;
    private readonly SiloMetrics _metrics;
    private readonly object _lifecycle = new();
    private bool _started;
    private bool _disposed;

    /// <summary>Creates the engine with <paramref name="partitions"/> writer threads and batches of at most <paramref name="maxBatchSize"/> writes.</summary>
    protected BatchingGrainStorage(int partitions, int maxBatchSize, ILogger logger, SiloMetrics metrics)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(metrics);
        _logger = logger;
        _metrics = metrics;
        _partitions = new StoragePartition[partitions];
        for (var i = 0; i < partitions; i++)
        {
            _partitions[i] = new StoragePartition(i, maxBatchSize, Commit);
        }
    }

    /// <summary>The logger of the provider.</summary>
    protected ILogger Logger => _logger;

    /// <summary>The number of partitions, each with its own writer thread (and database connection).</summary>
    protected int PartitionCount => _partitions.Length;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
        await InitializeStorageAsync(cancellationToken).ConfigureAwait(false);
        lock (_lifecycle)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!_started)
            {
                foreach (var partition in _partitions)
                {
                    partition.Start();
                }

                _started = true;
            }
        }
    }

    /// <inheritdoc />
    public virtual bool IsShared => false;

    /// <inheritdoc />
    public abstract Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken);

    /// <inheritdoc />
    public Task<long> WriteAsync(StateWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentException.ThrowIfNullOrEmpty(write.StateType, nameof(write.StateType));
        ArgumentNullException.ThrowIfNull(write.Key, nameof(write.Key));
        ArgumentOutOfRangeException.ThrowIfNegative(write.ExpectedVersion, nameof(write.ExpectedVersion));
        if (!Volatile.Read(ref _started))
        {
            return Volatile.Read(ref _disposed)
                ? Task.FromException<long>(new ObjectDisposedException(GetType().Name))
                : throw new InvalidOperationException("The storage is not initialized: call InitializeAsync first.");
        }

        if (StorageText.Refusal(write) is { } refusal)
        {
            // Refused alone, before it can fail a batch; later writes of its sequence would build on it.
            write.Sequence.Fail(refusal);
            return Task.FromException<long>(refusal);
        }

        var pending = new PendingWrite(write);
        if (write.Sequence.Failure is { } failure)
        {
            pending.FailUnexecuted(failure);
        }
        else if (!PartitionOf(write.Key).TryEnqueue(pending))
        {
            return Task.FromException<long>(new ObjectDisposedException(GetType().Name));
        }

        return pending.Task;
    }

    /// <summary>Commits every write already queued, then refuses new ones and releases the provider's resources.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_lifecycle)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            foreach (var partition in _partitions)
            {
                partition.Close();
            }
        }

        await Task.WhenAll(_partitions.Select(p => p.Stopped)).ConfigureAwait(false);
        await DisposeStorageAsync().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>Creates or upgrades the schema and opens what the provider needs; idempotent.</summary>
    protected abstract Task InitializeStorageAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="rows"/> in one database transaction, on partition <paramref name="partition"/>'s
    /// writer thread: each row conditionally on its version (a row that does not match gets
    /// <see cref="BatchRow.MarkConflict"/> and stores nothing, not even its log entries), and returns once the
    /// transaction is durable. Throwing fails every write of the batch.
    /// </summary>
    protected abstract void CommitBatch(int partition, IReadOnlyList<BatchRow> rows);

    /// <summary>Releases the provider's resources once every queued write is committed.</summary>
    protected virtual ValueTask DisposeStorageAsync() => default;

    /// <summary>Holds every writer thread back until the returned handle is disposed, so that writes queued meanwhile commit as one batch per partition.</summary>
    internal IDisposable HoldBatches()
    {
        foreach (var partition in _partitions)
        {
            partition.Hold(true);
        }

        return new Release(_partitions);
    }

    /// <summary>The partition that commits the writes of <paramref name="key"/>.</summary>
    internal int PartitionIndex(string key)
        => _partitions.Length == 1 ? 0 : (int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_partitions.Length);

    private StoragePartition PartitionOf(string key) => _partitions[PartitionIndex(key)];

    private void Commit(int partition, BatchBuilder batch)
    {
        var rows = batch.Rows;
        try
        {
            CommitBatch(partition, rows);
        }
#pragma warning disable CA1031 // Whatever the database throws fails the batch's writers; the writer thread must live on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            StorageLog.BatchFailed(_logger, batch.WriteCount, ex);
            foreach (var row in rows)
            {
                row.Fail(ex);
            }

            return;
        }

        var committed = 0;
        var conflicts = 0;
        foreach (var row in rows)
        {
            if (!row.IsConflict)
            {
                committed += row.WriteCount;
                continue;
            }

            conflicts++;
            StorageLog.Conflict(_logger, row.StateType, row.Key, row.ExpectedVersion, row.FoundVersion);
        }

        // Metrics first, so that whoever awaits a write sees its batch counted.
        RecordBatch(batch.WriteCount, committed, conflicts);
        foreach (var row in rows)
        {
            row.Complete();
        }
    }

    private void RecordBatch(int writes, int committed, int conflicts)
    {
        try
        {
            _metrics.BatchSize.Record(writes);
            _metrics.Writes.Add(committed);
            if (conflicts > 0)
            {
                _metrics.Conflicts.Add(conflicts);
            }
        }
#pragma warning disable CA1031 // A listener runs inside Record; its failure must not fail writes that are committed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            StorageLog.MetricsFailed(_logger, ex);
        }
    }

    private sealed class Release(StoragePartition[] partitions) : IDisposable
    {
        public void Dispose()
        {
            foreach (var partition in partitions)
            {
                partition.Hold(false);
            }
        }
    }
}
