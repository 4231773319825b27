using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The contract of single rows: read, insert, update, conflicts and clearing.</summary>
public abstract partial class GrainStorageContractTests
{
    [Fact]
    public async Task ReadAsync_NoRecord_ReturnsNone()
    {
        var (storage, _) = await OpenAsync();

        var state = await ReadAsync(storage, "missing");

        Assert.Equal(StoredState.None, state);
        Assert.False(state.RecordExists);
    }

    [Fact]
    public async Task WriteAsync_NewRecord_StoresVersionOneAndPayload()
    {
        var (storage, _) = await OpenAsync();

        var version = await storage.WriteAsync(Write("k", 0, "first"));

        Assert.Equal(1, version);
        var state = await ReadAsync(storage, "k");
        Assert.Equal(1, state.Version);
        Assert.Equal(Text(Json("first")), Text(state.Payload));
    }

    [Fact]
    public async Task WriteAsync_MatchingVersion_StoresNextVersion()
    {
        var (storage, _) = await OpenAsync();
        await storage.WriteAsync(Write("k", 0, "first"));

        var version = await storage.WriteAsync(Write("k", 1, "second"));

        Assert.Equal(2, version);
        var state = await ReadAsync(storage, "k");
        Assert.Equal((2L, Text(Json("second"))), (state.Version, Text(state.Payload)));
    }

    [Fact]
    public async Task WriteAsync_StaleVersion_FailsWithConflictNamingTypeKeyAndVersionsButNoPayload()
    {
        var (storage, metrics) = await OpenAsync();
        await storage.WriteAsync(Write("k", 0, "first"));
        await storage.WriteAsync(Write("k", 1, "second"));

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Write("k", 1, "secret-payload")));

        Assert.Contains(StateType, error.Message, StringComparison.Ordinal);
        Assert.Contains("'k'", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected version 1, found 2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-payload", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await ReadAsync(storage, "k")).Version);
        Assert.Equal(1, metrics.Conflicts);
    }

    [Fact]
    public async Task WriteAsync_ExpectedVersionOfMissingRow_ConflictsWithFoundZero()
    {
        var (storage, _) = await OpenAsync();

        var error = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Write("k", 3, "x")));

        Assert.Contains("expected version 3, found 0", error.Message, StringComparison.Ordinal);
        Assert.Equal(StoredState.None, await ReadAsync(storage, "k"));
    }

    [Fact]
    public async Task WriteAsync_Clear_KeepsVersionSoAnInsertAtZeroConflicts()
    {
        var (storage, _) = await OpenAsync();
        await storage.WriteAsync(Write("k", 0, "first"));

        var cleared = await storage.WriteAsync(Write("k", 1, null));

        Assert.Equal(2, cleared);
        var state = await ReadAsync(storage, "k");
        Assert.Equal(2, state.Version);
        Assert.False(state.RecordExists);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteAsync(Write("k", 0, "again")));
        Assert.Equal(3, await storage.WriteAsync(Write("k", 2, "again")));
    }

    [Fact]
    public async Task WriteAsync_BinaryAndLargePayloads_RoundTripExactly()
    {
        var (storage, _) = await OpenAsync();
        var large = new byte[200_000];
        new Random(7).NextBytes(large);
        var unicode = Json("印鑑 ✓ \u0000 \"quoted\"");

        await Task.WhenAll(storage.WriteAsync(new StateWrite(StateType, "large", 0, large)), storage.WriteAsync(new StateWrite(StateType, "鍵/unicode key", 0, unicode)));

        Assert.Equal(large, (await ReadAsync(storage, "large")).Payload);
        Assert.Equal(unicode, (await ReadAsync(storage, "鍵/unicode key")).Payload);
    }

    [Fact]
    public async Task WriteAsync_BeforeInitialize_Throws()
    {
        var storage = Create(await SharedDatabaseAsync(), new SiloMetrics());
        await using (storage)
        {
            Assert.Throws<InvalidOperationException>(() => { _ = storage.WriteAsync(Write("k", 0, "x")); });
        }
    }

    [Fact]
    public async Task WriteAsync_NegativeExpectedVersion_ThrowsNamingTheField()
    {
        var (storage, _) = await OpenAsync();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => { _ = storage.WriteAsync(Write("k", -1, "x")); });

        Assert.Equal(nameof(StateWrite.ExpectedVersion), error.ParamName);
    }
}
