using Inkan.Silo.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Storage.Memory;

/// <summary>
/// Grain storage in memory with the same semantics as the database providers (versions, group commit,
/// sequences, logs), for unit tests and in-memory benchmarks. Nothing survives the process; several silos of one
/// process may share its <see cref="MemoryStateStore"/> as nodes share a database (<see cref="IsShared"/>).
/// </summary>
public sealed class MemoryGrainStorage : BatchingGrainStorage
{
    private readonly MemoryStateStore _store;
    private readonly SiloMetrics? _ownMetrics;

    /// <summary>Creates the storage over <paramref name="store"/> (or a new, empty one), with its own metrics unless given.</summary>
    public MemoryGrainStorage(ILogger<MemoryGrainStorage>? logger = null, SiloMetrics? metrics = null, MemoryStateStore? store = null)
        : this(logger, metrics, metrics is null ? new SiloMetrics() : null, store)
    {
    }

    private MemoryGrainStorage(ILogger<MemoryGrainStorage>? logger, SiloMetrics? metrics, SiloMetrics? ownMetrics, MemoryStateStore? store)
        : base(partitions: 1, maxBatchSize: 2_000, (ILogger?)logger ?? NullLogger.Instance, (metrics ?? ownMetrics)!)
    {
        _ownMetrics = ownMetrics;
        _store = store ?? new MemoryStateStore();
    }

    /// <summary>Whether another silo shares the store, so that its writes can overtake this silo's copies.</summary>
    public bool SharedWithOtherSilos { get; init; }

    /// <inheritdoc />
    public override bool IsShared => SharedWithOtherSilos;

    /// <inheritdoc />
    public override Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
    {
        StorageText.Require(stateType, nameof(stateType));
        StorageText.Require(key, nameof(key));
        return Task.FromResult(_store.Read(stateType, key));
    }

    /// <inheritdoc />
    public override Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return Task.FromResult<IReadOnlyList<LogEntry>>(_store.ReadLog(log, afterId, maxCount));
    }

    /// <inheritdoc />
    public override Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return Task.FromResult<IReadOnlyList<LogEntry>>(_store.ReadLogTail(log, maxCount));
    }

    /// <inheritdoc />
    protected override Task InitializeStorageAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    protected override ValueTask DisposeStorageAsync()
    {
        _ownMetrics?.Dispose();
        return default;
    }

    /// <inheritdoc />
    protected override void CommitBatch(int partition, IReadOnlyList<BatchRow> rows) => _store.Commit(rows);
}
