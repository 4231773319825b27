using System.Diagnostics.Metrics;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The group-commit engine itself: how batches form, and what a failed batch does.</summary>
public sealed class BatchingGrainStorageTests : IAsyncLifetime
{
    private RecordingStorage _storage = new();

    public Task InitializeAsync() => _storage.InitializeAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task CommitBatch_Throws_FailsEveryWriteOfTheBatchAndBreaksTheirSequences()
    {
        var first = new WriteSequence();
        var second = new WriteSequence();
        var failure = new IOException("disk gone");
        _storage.FailNextBatch(failure);

        Task<long>[] writes;
        using (_storage.HoldBatches())
        {
            writes = [Write("a", 0, first), Write("b", 0, second), Write("a", 1, first)];
        }

        foreach (var write in writes)
        {
            Assert.Same(failure, await Assert.ThrowsAsync<IOException>(() => write));
        }

        Assert.Same(failure, first.Failure);
        Assert.Same(failure, second.Failure);
        Assert.Equal(1, await Write("a", 0, new WriteSequence()));
    }

    [Fact]
    public async Task WriteAsync_SequenceWritingTwoStates_SecondStateWaitsForTheNextBatch()
    {
        var sequence = new WriteSequence();

        Task<long>[] writes;
        using (_storage.HoldBatches())
        {
            writes = [Write("k", 0, sequence, "A"), Write("k", 0, sequence, "B"), Write("other", 0)];
        }

        await Task.WhenAll(writes);
        Assert.Equal([["A/k:0->1", "T/other:0->1"], ["B/k:0->1"]], _storage.Batches);
    }

    [Fact]
    public async Task WriteAsync_TwoSequencesOnOneKey_SecondWaitsForTheNextBatchAndConflicts()
    {
        Task<long> first, second;
        using (_storage.HoldBatches())
        {
            first = Write("k", 0);
            second = Write("k", 0);
        }

        Assert.Equal(1, await first);
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => second);
        Assert.Contains("expected version 0, found 1", conflict.Message, StringComparison.Ordinal);
        Assert.Equal([["T/k:0->1"], ["T/k:0->1"]], _storage.Batches);
    }

    [Fact]
    public async Task WriteAsync_BrokenVersionChainInOneSequence_WaitsForTheNextBatch()
    {
        var sequence = new WriteSequence();

        Task<long> first, gap;
        using (_storage.HoldBatches())
        {
            first = Write("k", 0, sequence);
            gap = Write("k", 5, sequence);
        }

        Assert.Equal(1, await first);
        await Assert.ThrowsAsync<InconsistentStateException>(() => gap);
        Assert.Equal([["T/k:0->1"], ["T/k:5->6"]], _storage.Batches);
    }

    [Fact]
    public async Task WriteAsync_ThreeChainedWritesOfOneSequence_CollapseIntoOneRowEachWithItsOwnVersion()
    {
        var sequence = new WriteSequence();

        Task<long>[] writes;
        using (_storage.HoldBatches())
        {
            writes = [Write("k", 0, sequence), Write("k", 1, sequence), Write("k", 2, sequence)];
        }

        var versions = await Task.WhenAll(writes);
        Assert.Equal([1L, 2L, 3L], versions);
        Assert.Equal([["T/k:0->3"]], _storage.Batches);
    }

    [Fact]
    public async Task WriteAsync_MoreWritesThanMaxBatchSize_SplitsIntoBatchesInQueueOrder()
    {
        await _storage.DisposeAsync();
        _storage = new RecordingStorage(maxBatchSize: 10);
        await _storage.InitializeAsync(CancellationToken.None);

        Task<long>[] writes;
        using (_storage.HoldBatches())
        {
            writes = [.. Enumerable.Range(0, 25).Select(i => Write($"k{i:00}", 0))];
        }

        await Task.WhenAll(writes);
        Assert.Equal([10, 10, 5], _storage.Batches.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"T/k{i:00}:0->1"), _storage.Batches.SelectMany(b => b));
    }

    [Fact]
    public async Task WriteAsync_SequenceAlreadyFailed_FailsAtOnceWithoutQueuing()
    {
        var sequence = new WriteSequence();
        var earlier = new InconsistentStateException("earlier");
        sequence.Fail(earlier);

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => Write("k", 0, sequence));

        Assert.Same(earlier, error.InnerException);
        Assert.Empty(_storage.Batches);
    }

    [Fact]
    public async Task WriteAsync_Completed_ContinuesOffTheWriterThread()
    {
        await Write("k", 0);

        Assert.DoesNotContain("storage writer", Thread.CurrentThread.Name ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_MetricsListenerThrows_AcknowledgesTheCommittedWrite()
    {
        using var metrics = new SiloMetrics();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument == metrics.BatchSize)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => throw new InvalidOperationException("listener bug"));
        listener.Start();
        await using var storage = new MemoryGrainStorage(metrics: metrics);
        await storage.InitializeAsync(CancellationToken.None);

        var version = await storage.WriteAsync(new StateWrite("T", "k", 0, [1]));

        Assert.Equal(1, version);
        Assert.Equal(1, (await storage.ReadAsync("T", "k", CancellationToken.None)).Version);
    }

    [Fact]
    public void Constructor_NoPartitions_Throws()
    {
        using var metrics = new SiloMetrics();

        Assert.Throws<ArgumentOutOfRangeException>(() => new NoPartitions(metrics));
    }

    private Task<long> Write(string key, long expected, WriteSequence? sequence = null, string stateType = "T")
        => _storage.WriteAsync(new StateWrite(stateType, key, expected, [1], sequence: sequence));

    private sealed class NoPartitions(SiloMetrics metrics) : BatchingGrainStorage(partitions: 0, 10, NullLogger.Instance, metrics)
    {
        public override Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken) => throw new NotSupportedException();

        protected override Task InitializeStorageAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        protected override void CommitBatch(int partition, IReadOnlyList<BatchRow> rows) => throw new NotSupportedException();
    }
}
