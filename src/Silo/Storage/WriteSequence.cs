namespace Inkan.Silo.Storage;

/// <summary>
/// The chain of writes of one activation's state. Writes are pipelined, so a later write may be
/// queued before an earlier one is known to have failed; once one fails, the storage fails every
/// later write of the sequence instead of executing it, so no write ever lands on top of a lost one.
/// </summary>
public sealed class WriteSequence
{
    private Exception? _failure;

    /// <summary>The failure that broke the sequence, or null while it is intact.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>Marks the sequence broken by <paramref name="failure"/> (the first failure wins).</summary>
    public void Fail(Exception failure) => Interlocked.CompareExchange(ref _failure, failure, null);
}
