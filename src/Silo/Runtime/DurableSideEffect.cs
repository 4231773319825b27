namespace Inkan.Silo.Runtime;

/// <summary>
/// A side effect of a turn that waits for the writes queued before it and then runs exactly once: from the writes'
/// completion, or before the next answer of the activation goes out, whichever comes first; never if they fail.
/// </summary>
internal sealed class DurableSideEffect(Task writes, Action action)
{
    private readonly Lock _running = new();
    private bool _ran;

    /// <summary>Whether the writes it waits for are durable.</summary>
    public bool IsDue => writes.IsCompletedSuccessfully;

    /// <summary>Whether the writes it waits for failed, so it must never run.</summary>
    public bool IsVoid => writes.IsCompleted && !writes.IsCompletedSuccessfully;

    /// <summary>Runs the action unless it ran already; returns only once it has run, whoever ran it.</summary>
    public void RunOnce()
    {
        // A lock, not a flag: an answer must not go out while the write's completion is still inside the action.
        lock (_running)
        {
            if (!_ran)
            {
                _ran = true;
                action();
            }
        }
    }
}
