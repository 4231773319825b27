using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Hosting;

/// <summary>
/// Wraps a storage and holds every write back until <see cref="Release"/>, or fails it with
/// <see cref="FailNext"/>: makes "the answer waits until the write is durable" observable.
/// </summary>
public sealed class GatedStorage(IGrainStorage inner) : IGrainStorage
{
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Exception? _failNext;

    public int WritesSeen;

    public void Close() => Interlocked.Exchange(ref _gate, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Release() => _gate.TrySetResult();

    public void FailNext(Exception exception) => _failNext = exception;

    public Task InitializeAsync(CancellationToken cancellationToken) => inner.InitializeAsync(cancellationToken);

    public Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken) => inner.ReadAsync(stateType, key, cancellationToken);

    public Task<long> WriteAsync(StateWrite write)
    {
        Interlocked.Increment(ref WritesSeen);
        if (Interlocked.Exchange(ref _failNext, null) is { } failure)
        {
            write.Sequence.Fail(failure);
            return Task.FromException<long>(failure);
        }

        var gate = _gate.Task;
        return gate.IsCompleted ? inner.WriteAsync(write) : WriteAfterGateAsync(gate, write);
    }

    private async Task<long> WriteAfterGateAsync(Task gate, StateWrite write)
    {
        await gate;
        return await inner.WriteAsync(write);
    }

    public Task<IReadOnlyList<LogEntry>> ReadLogAsync(string log, long afterId, int maxCount, CancellationToken cancellationToken)
        => inner.ReadLogAsync(log, afterId, maxCount, cancellationToken);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
