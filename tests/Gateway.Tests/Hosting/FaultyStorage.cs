using Inkan.Silo.Storage;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>
/// Storage that fails every write with <see cref="Refusal"/> while it is set, as a full disk or a standby database
/// would, and whose reads wait for <see cref="ReadStall"/> on the caller's thread, as SQLite's do on a stalled disk.
/// </summary>
internal sealed class FaultyStorage(IGrainStorage inner) : IGrainStorage
{
    public Exception? Refusal { get; set; }

    public ManualResetEventSlim? ReadStall { get; set; }

    public bool IsShared => inner.IsShared;

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
    {
        ReadStall?.Wait(TimeSpan.FromSeconds(30));
        return inner.ReadAsync(stateType, key, cancellationToken);
    }

    public Task<long> WriteAsync(StateWrite write)
        => Refusal is { } refusal ? Task.FromException<long>(refusal) : inner.WriteAsync(write);

    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken)
        => inner.ReadLogAsync(log, afterId, maxCount, cancellationToken);

    public Task<IReadOnlyList<LogEntry>> ReadLogTailAsync(string log, int maxCount, CancellationToken cancellationToken)
        => inner.ReadLogTailAsync(log, maxCount, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
