using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The contract of append-only logs: stored with their write, and only if it succeeds.</summary>
public abstract partial class GrainStorageContractTests
{
    [Fact]
    public async Task WriteAsync_WithLogAppends_StoresThemInOrderWithIncreasingIds()
    {
        var (storage, _) = await OpenAsync();
        var log = $"{StateType}-log";

        await storage.WriteAsync(Write("k", 0, "a", logs: [new(log, "one"), new(log, "two")]));
        await storage.WriteAsync(Write("k", 1, "b", logs: [new(log, "three")]));

        var entries = await storage.ReadLogAsync(log, 0, 10, CancellationToken.None);
        Assert.Equal(["one", "two", "three"], entries.Select(e => e.Payload));
        Assert.All(entries, e => Assert.Equal(log, e.Log));
        Assert.Equal(entries.Select(e => e.Id).Order(), entries.Select(e => e.Id));
        Assert.Equal(3, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task WriteAsync_ConflictWithLogAppends_StoresNoLogEntries()
    {
        var (storage, _) = await OpenAsync();
        var log = $"{StateType}-log";
        await storage.WriteAsync(Write("k", 0, "a"));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Write("k", 0, "b", logs: [new(log, "lost")])));

        Assert.Empty(await storage.ReadLogAsync(log, 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ReadLogAsync_AfterIdAndMaxCount_PagesThroughOneLogOnly()
    {
        var (storage, _) = await OpenAsync();
        var log = $"{StateType}-log";
        var other = $"{StateType}-other";
        await storage.WriteAsync(Write("k", 0, "a", logs: [new(log, "1"), new(other, "x"), new(log, "2"), new(log, "3")]));

        var first = await storage.ReadLogAsync(log, 0, 2, CancellationToken.None);
        var rest = await storage.ReadLogAsync(log, first[^1].Id, 10, CancellationToken.None);

        Assert.Equal(["1", "2"], first.Select(e => e.Payload));
        Assert.Equal(["3"], rest.Select(e => e.Payload));
        Assert.Equal(["x"], (await storage.ReadLogAsync(other, 0, 10, CancellationToken.None)).Select(e => e.Payload));
        Assert.Empty(await storage.ReadLogAsync(log, rest[^1].Id, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ReadLogTailAsync_MaxCount_ReadsTheNewestEntriesOfOneLogNewestFirst()
    {
        var (storage, _) = await OpenAsync();
        var log = $"{StateType}-log";
        var other = $"{StateType}-other";
        await storage.WriteAsync(Write("k", 0, "a", logs: [new(log, "1"), new(other, "x"), new(log, "2")]));
        await storage.WriteAsync(Write("k", 1, "b", logs: [new(log, "3"), new(other, "y")]));

        var tail = await storage.ReadLogTailAsync(log, 2, CancellationToken.None);

        Assert.Equal(["3", "2"], tail.Select(e => e.Payload));
        Assert.Equal(["3", "2", "1"], (await storage.ReadLogTailAsync(log, 10, CancellationToken.None)).Select(e => e.Payload));
        Assert.Equal(["y"], (await storage.ReadLogTailAsync(other, 1, CancellationToken.None)).Select(e => e.Payload));
        Assert.Empty(await storage.ReadLogTailAsync($"{StateType}-empty", 10, CancellationToken.None));
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => storage.ReadLogTailAsync(log, 0, CancellationToken.None));
        Assert.Equal("maxCount", error.ParamName);
    }

    [Fact]
    public async Task ReadLogAsync_MaxCountBelowOne_ThrowsNamingTheField()
    {
        var (storage, _) = await OpenAsync();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => storage.ReadLogAsync("log", 0, 0, CancellationToken.None));

        Assert.Equal("maxCount", error.ParamName);
    }
}
