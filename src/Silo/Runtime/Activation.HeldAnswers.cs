namespace Inkan.Silo.Runtime;

/// <summary>
/// Answers of ended turns held back until the writes queued before them are durable, in turn order. A write's
/// completion releases those whose writes are done (no continuation per answer), and the collector fails those that
/// have waited longer than the response timeout; the write still lands or fails (and deactivates) on its own.
/// </summary>
internal sealed partial class Activation
{
    private Queue<(WorkItem Call, Task Writes)>? _heldAnswers;

    private bool HasHeldAnswers
    {
        get
        {
            lock (_writesLock)
            {
                return _heldAnswers is { Count: > 0 };
            }
        }
    }

    /// <summary>Holds <paramref name="call"/>'s answer until <paramref name="writes"/> complete; called by the owner.</summary>
    internal void HoldAnswer(WorkItem call, Task writes)
    {
        lock (_writesLock)
        {
            (_heldAnswers ??= new()).Enqueue((call, writes));
        }

        WatchForLateCalls();
        if (writes.IsCompleted)
        {
            // Their completion may have looked for held answers before this one was there.
            ReleaseHeldAnswers();
        }
    }

    /// <summary>Delivers, in turn order, the held answers whose writes have completed.</summary>
    private void ReleaseHeldAnswers()
    {
        while (true)
        {
            (WorkItem Call, Task Writes) next;
            lock (_writesLock)
            {
                if (_heldAnswers is null || !_heldAnswers.TryPeek(out next) || !next.Writes.IsCompleted)
                {
                    return;
                }

                _heldAnswers.Dequeue();
            }

            next.Call.Release(this, next.Writes);
        }
    }

    /// <summary>Fails the held answers that have waited since before <paramref name="oldestAllowedTick"/>, and forgets them.</summary>
    private void FailLateHeldAnswers(long oldestAllowedTick)
    {
        lock (_writesLock)
        {
            for (var count = _heldAnswers?.Count ?? 0; count > 0; count--)
            {
                var held = _heldAnswers!.Dequeue();
                if (held.Call.StartTick < oldestAllowedTick)
                {
                    // One whose turn outlasted the timeout was failed then, and is held only for its writes: not twice.
                    FailIfLate(held.Call, oldestAllowedTick);
                }
                else
                {
                    _heldAnswers.Enqueue(held);
                }
            }
        }
    }
}
