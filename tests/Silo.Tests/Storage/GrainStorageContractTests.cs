using System.Text;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Storage;

/// <summary>
/// The storage contract every provider passes: versions, conflicts, clearing, logs, group commit, collapse,
/// sequences and shutdown. Derived classes say how to make a database and open a storage on it.
/// </summary>
public abstract partial class GrainStorageContractTests : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _opened = [];

    /// <summary>A state type of this test alone, so that tests may share a database.</summary>
    protected string StateType { get; } = $"test-{Guid.NewGuid():N}";

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var opened in Enumerable.Reverse(_opened))
        {
            await opened.DisposeAsync();
        }
    }

    /// <summary>Makes a fresh, empty database and returns what <see cref="Create"/> needs to open it.</summary>
    protected abstract Task<string> NewDatabaseAsync();

    /// <summary>A database the test may share with others of its class (its rows use <see cref="StateType"/>).</summary>
    protected virtual Task<string> SharedDatabaseAsync() => NewDatabaseAsync();

    /// <summary>Creates an uninitialized storage over <paramref name="database"/>.</summary>
    protected abstract BatchingGrainStorage Create(string database, SiloMetrics metrics);

    /// <summary>Creates and initializes a storage, with metrics of its own; disposed after the test.</summary>
    protected async Task<(BatchingGrainStorage Storage, BatchMetrics Metrics)> OpenAsync(string? database = null)
    {
        var metrics = new SiloMetrics();
        var listener = new BatchMetrics(metrics);
        var storage = Create(database ?? await SharedDatabaseAsync(), metrics);
        _opened.Add(new Disposer(() =>
        {
            listener.Dispose();
            metrics.Dispose();
        }));
        _opened.Add(storage);
        await storage.InitializeAsync(CancellationToken.None);
        return (storage, listener);
    }

    protected static byte[] Json(string value) => Encoding.UTF8.GetBytes($$"""{"value":"{{value}}"}""");

    protected static string Text(byte[]? payload) => payload is null ? "<none>" : Encoding.UTF8.GetString(payload);

    protected StateWrite Write(string key, long expected, string? value, WriteSequence? sequence = null, string? stateType = null, params LogAppend[] logs)
        => new(stateType ?? StateType, key, expected, value is null ? null : Json(value), logs, sequence);

    protected Task<StoredState> ReadAsync(IGrainStorage storage, string key, string? stateType = null)
        => storage.ReadAsync(stateType ?? StateType, key, CancellationToken.None);

    /// <summary><paramref name="count"/> distinct keys that the storage commits on one partition, so one hold gathers them in one batch.</summary>
    protected static List<string> KeysOfOnePartition(BatchingGrainStorage storage, int count)
    {
        var first = storage.PartitionIndex("key-0");
        return [.. Enumerable.Range(0, int.MaxValue).Select(i => $"key-{i}").Where(k => storage.PartitionIndex(k) == first).Take(count)];
    }

    private sealed class Disposer(Action dispose) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            dispose();
            return default;
        }
    }
}
