using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The contract of group commit: batches, collapse, one failure per writer, sequences.</summary>
public abstract partial class GrainStorageContractTests
{
    [Fact]
    public async Task WriteAsync_ConcurrentWritersOnManyKeys_AreGroupCommitted()
    {
        var (storage, metrics) = await OpenAsync();

        var versions = await Task.WhenAll(Enumerable.Range(0, 1_000).Select(i => Task.Run(() => storage.WriteAsync(Write($"k{i}", 0, $"v{i}")))));

        Assert.All(versions, v => Assert.Equal(1, v));
        var batches = metrics.BatchSizes;
        Assert.Equal(1_000, batches.Sum());
        Assert.True(batches.Max() > 1, $"batches: {string.Join(",", batches)}");
        Assert.True(batches.Length < 1_000);
        Assert.Equal(1_000, metrics.Writes);
        Assert.Equal(Text(Json("v999")), Text((await ReadAsync(storage, "k999")).Payload));
    }

    [Fact]
    public async Task WriteAsync_OneConflictingRowInABatch_FailsOnlyItsOwnWriter()
    {
        var (storage, metrics) = await OpenAsync();
        var keys = KeysOfOnePartition(storage, 20);
        await Task.WhenAll(keys.Select(k => storage.WriteAsync(Write(k, 0, "v1"))));
        var before = metrics.BatchSizes.Length;

        Task<long>[] writes;
        using (storage.HoldBatches())
        {
            writes = [.. keys.Select((k, i) => storage.WriteAsync(Write(k, i == 7 ? 0 : 1, "v2")))];
        }

        await Assert.ThrowsAsync<InconsistentStateException>(() => writes[7]);
        Assert.Equal(Enumerable.Repeat(2L, 19), await Task.WhenAll(writes.Where((_, i) => i != 7)));
        Assert.Equal([20L], metrics.BatchSizes[before..]);
        Assert.Equal(1, (await ReadAsync(storage, keys[7])).Version);
        Assert.Equal(2, (await ReadAsync(storage, keys[8])).Version);
    }

    [Fact]
    public async Task WriteAsync_TwoWritesOfOneSequenceAndKeyInOneBatch_CollapseIntoOneRow()
    {
        var (storage, metrics) = await OpenAsync();
        var sequence = new WriteSequence();
        var log = $"{StateType}-log";

        Task<long> first, second;
        using (storage.HoldBatches())
        {
            first = storage.WriteAsync(Write("k", 0, "first", sequence, logs: new LogAppend(log, "1")));
            second = storage.WriteAsync(Write("k", 1, "second", sequence, logs: new LogAppend(log, "2")));
        }

        Assert.Equal((1L, 2L), (await first, await second));
        Assert.Equal([2L], metrics.BatchSizes);
        var state = await ReadAsync(storage, "k");
        Assert.Equal((2L, Text(Json("second"))), (state.Version, Text(state.Payload)));
        Assert.Equal(["1", "2"], (await storage.ReadLogAsync(log, 0, 10, CancellationToken.None)).Select(e => e.Payload));
    }

    [Fact]
    public async Task WriteAsync_AfterAFailedWrite_FailsLaterWritesOfItsSequenceUnexecuted()
    {
        var (storage, _) = await OpenAsync();
        await storage.WriteAsync(Write("k", 0, "stored"));
        var sequence = new WriteSequence();

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Write("k", 0, "lost", sequence)));
        var later = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Write("k", 1, "would match", sequence)));

        Assert.Same(conflict, sequence.Failure);
        Assert.Same(conflict, later.InnerException);
        Assert.Equal((1L, Text(Json("stored"))), ((await ReadAsync(storage, "k")).Version, Text((await ReadAsync(storage, "k")).Payload)));
    }

    [Fact]
    public async Task WriteAsync_FailedWriteInABatch_FailsWritesQueuedBehindItInItsSequenceOnly()
    {
        var (storage, _) = await OpenAsync();
        var keys = KeysOfOnePartition(storage, 2);
        await storage.WriteAsync(Write(keys[0], 0, "stored"));
        var failing = new WriteSequence();
        var other = new WriteSequence();
        var otherType = $"{StateType}-other";

        Task<long> stale, chained, otherState, unrelated;
        using (storage.HoldBatches())
        {
            stale = storage.WriteAsync(Write(keys[0], 0, "lost", failing));
            chained = storage.WriteAsync(Write(keys[0], 1, "lost too", failing));
            otherState = storage.WriteAsync(Write(keys[0], 0, "other state", failing, otherType));
            unrelated = storage.WriteAsync(Write(keys[1], 0, "fine", other));
        }

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        Assert.Same(conflict, (await Assert.ThrowsAsync<InconsistentStateException>(() => chained)).InnerException);
        Assert.Same(conflict, (await Assert.ThrowsAsync<InconsistentStateException>(() => otherState)).InnerException);
        Assert.Equal(1, await unrelated);
        Assert.Equal(1, (await ReadAsync(storage, keys[0])).Version);
        Assert.Equal(StoredState.None, await ReadAsync(storage, keys[0], otherType));
    }

    [Fact]
    public async Task WriteAsync_PipelinedWritesOfOneSequenceOverTwoStates_CommitInQueueOrder()
    {
        var (storage, _) = await OpenAsync();
        var sequence = new WriteSequence();
        var log = $"{StateType}-log";
        var types = new[] { $"{StateType}-a", $"{StateType}-b" };

        var writes = Enumerable.Range(0, 200)
            .Select(i => storage.WriteAsync(Write("k", i / 2, $"v{i}", sequence, types[i % 2], new LogAppend(log, $"{i}"))))
            .ToList();
        var versions = await Task.WhenAll(writes);

        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)(i / 2) + 1), versions);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"{i}"), (await storage.ReadLogAsync(log, 0, 1_000, CancellationToken.None)).Select(e => e.Payload));
        Assert.Equal((100L, Text(Json("v199"))), ((await ReadAsync(storage, "k", types[1])).Version, Text((await ReadAsync(storage, "k", types[1])).Payload)));
    }
}
