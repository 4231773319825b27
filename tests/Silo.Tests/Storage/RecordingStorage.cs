using System.Collections.Concurrent;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Tests.Storage;

/// <summary>A provider over a <see cref="MemoryStateStore"/> that records each batch's rows and can fail the next batch.</summary>
internal sealed class RecordingStorage : BatchingGrainStorage
{
    private readonly MemoryStateStore _store = new();
    private readonly SiloMetrics _metrics;
    private Exception? _failNext;

    public RecordingStorage(int maxBatchSize = 2_000)
        : this(maxBatchSize, new SiloMetrics())
    {
    }

    private RecordingStorage(int maxBatchSize, SiloMetrics metrics)
        : base(partitions: 1, maxBatchSize, NullLogger.Instance, metrics) => _metrics = metrics;

    /// <summary>Each batch as "type/key:expected->new" per row, in commit order.</summary>
    public ConcurrentQueue<string[]> Batches { get; } = new();

    public void FailNextBatch(Exception failure) => _failNext = failure;

    public override Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
        => Task.FromResult(_store.Read(stateType, key));

    public override Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<LogEntry>>(_store.ReadLog(log, afterId, maxCount));

    public override Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<LogEntry>>(_store.ReadLogTail(log, maxCount));

    protected override Task InitializeStorageAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected override ValueTask DisposeStorageAsync()
    {
        _metrics.Dispose();
        return default;
    }

    protected override void CommitBatch(int partition, IReadOnlyList<BatchRow> rows)
    {
        Batches.Enqueue([.. rows.Select(r => $"{r.StateType}/{r.Key}:{r.ExpectedVersion}->{r.NewVersion}")]);
        if (Interlocked.Exchange(ref _failNext, null) is { } failure)
        {
            throw failure;
        }

        _store.Commit(rows);
    }
}
