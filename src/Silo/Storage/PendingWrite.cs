namespace Inkan.Silo.Storage;

/// <summary>
/// A queued write and the completion its writer awaits. The writer thread only decides the outcome
/// (<see cref="Resolve"/>, <see cref="Reject"/>); <see cref="WriteCompletions"/> publishes it on the thread pool,
/// so continuations never run on the writer thread.
/// </summary>
internal sealed class PendingWrite(StateWrite write) : TaskCompletionSource<long>
{
    private long _version;
    private Exception? _failure;

    /// <summary>The write.</summary>
    public StateWrite Write { get; } = write;

    /// <summary>Decides that the write is stored as <paramref name="version"/>.</summary>
    public void Resolve(long version) => _version = version;

    /// <summary>Decides that the write failed with <paramref name="failure"/>.</summary>
    public void Reject(Exception failure) => _failure = failure;

    /// <summary>Decides that the write fails unexecuted because an earlier write of its sequence failed.</summary>
    public void RejectUnexecuted(Exception earlierFailure) => _failure = StorageErrors.Poisoned(Write, earlierFailure);

    /// <summary>Completes the task with the decided outcome; awaiting code runs on the calling thread.</summary>
    public void Publish()
    {
        if (_failure is { } failure)
        {
            TrySetException(failure);
        }
        else
        {
            TrySetResult(_version);
        }
    }
}
