using Inkan.Silo.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Storage.Memory;

/// <summary>
/// Grain storage in memory with the same semantics as the database providers (versions, group commit,
/// sequences, logs), for unit tests and in-memory benchmarks. Nothing survives the process.
/// </summary>
public sealed class MemoryGrainStorage(ILogger<MemoryGrainStorage> logger, SiloMetrics metrics, MemoryStateStore? store = null)
    : BatchingGrainStorage(partitions: 1, maxBatchSize: 2_000, logger, metrics)
{
    private readonly MemoryStateStore _store = store ?? new MemoryStateStore();

    /// <inheritdoc />
    public override Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stateType);
        ArgumentNullException.ThrowIfNull(key);
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
    protected override Task InitializeStorageAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    protected override void CommitBatch(int partition, IReadOnlyList<BatchRow> rows) => _store.Commit(rows);
}
