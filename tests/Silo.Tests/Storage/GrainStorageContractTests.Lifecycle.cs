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
    public async Task InitializeAsync_Twice_IsIdempotentAndKeepsData()
    {
        var (storage, _) = await OpenAsync(await NewDatabaseAsync());
        await storage.WriteAsync(Write("k", 0, "kept"));

        await storage.InitializeAsync(CancellationToken.None);

        Assert.Equal(2, await storage.WriteAsync(Write("k", 1, "kept")));
        Assert.Equal(2, (await ReadAsync(storage, "k")).Version);
    }
}
