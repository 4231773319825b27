namespace Inkan.Silo.Storage;

/// <summary>A queued write and the completion its writer awaits (continuations never run on the writer thread).</summary>
internal sealed class PendingWrite(StateWrite write) : TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    /// <summary>The write.</summary>
    public StateWrite Write { get; } = write;

    /// <summary>Fails the write without executing it because an earlier write of its sequence failed.</summary>
    public void FailUnexecuted(Exception earlierFailure) => TrySetException(StorageErrors.Poisoned(Write, earlierFailure));
}
