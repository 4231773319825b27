using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The contract of start and stop: idempotent schema creation, graceful disposal.</summary>
public abstract partial class GrainStorageContractTests
{
    [Fact]
    public async Task DisposeAsync_WithQueuedWrites_CommitsThemThenRefusesNewWrites()
    {
        var database = await SharedDatabaseAsync();
        var (storage, _) = await OpenAsync(database);

        var hold = storage.HoldBatches();
        var writes = Enumerable.Range(0, 100).Select(i => storage.WriteAsync(Write($"k{i}", 0, $"v{i}"))).ToList();
        await storage.DisposeAsync();
        hold.Dispose();

        Assert.All(writes, w => Assert.Equal(1, w.Result));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(Write("late", 0, "x")));
        var (reopened, _) = await OpenAsync(database);
        Assert.Equal(Text(Json("v42")), Text((await ReadAsync(reopened, "k42")).Payload));
    }

    [Fact]
    public async Task InitializeAsync_TwiceAndConcurrently_IsIdempotentAndKeepsData()
    {
        var database = await NewDatabaseAsync();
        var metrics = new Diagnostics.SiloMetrics();
        await using var first = Create(database, metrics);
        await using var second = Create(database, metrics);

        await Task.WhenAll(first.InitializeAsync(CancellationToken.None), second.InitializeAsync(CancellationToken.None));
        await first.WriteAsync(Write("k", 0, "kept"));
        await first.InitializeAsync(CancellationToken.None);
        var (third, _) = await OpenAsync(database);

        Assert.Equal(2, await first.WriteAsync(Write("k", 1, "kept")));
        Assert.Equal(2, (await ReadAsync(third, "k")).Version);
        metrics.Dispose();
    }
}
