using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Runtime;

/// <summary>
/// Side effects of an activation's turns (<see cref="Grain.RunWhenDurable"/>): they run once the writes queued before
/// them are durable, and before any answer released after that, so a caller holding an answer finds them done.
/// </summary>
internal sealed partial class Activation
{
    private List<DurableSideEffect>? _sideEffects;

    internal void RunWhenDurable(Action sideEffect)
    {
        var writes = _pendingWrites;
        if (writes is null || writes.IsCompletedSuccessfully)
        {
            RunLogged(sideEffect);
            return;
        }

        var effect = new DurableSideEffect(writes, () => RunLogged(sideEffect));
        lock (_writesLock)
        {
            (_sideEffects ??= []).Add(effect);
        }

        writes.ContinueWith(
            static (task, state) =>
            {
                if (task.IsCompletedSuccessfully)
                {
                    ((DurableSideEffect)state!).RunOnce();
                }
            },
            effect,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Runs, in the order registered, the side effects whose writes are durable; called before an answer goes out.</summary>
    internal void RunDueSideEffects()
    {
        if (Volatile.Read(ref _sideEffects) is not { Count: > 0 } effects)
        {
            return;
        }

        List<DurableSideEffect> due = [];
        lock (_writesLock)
        {
            due.AddRange(effects.Where(e => e.IsDue));
            effects.RemoveAll(e => e.IsDue || e.IsVoid);
        }

        foreach (var effect in due)
        {
            effect.RunOnce();
        }
    }

    // Wherever a side effect runs (in the turn, from the write's completion, before an answer), its failure is logged
    // and goes no further: it must not take the answer with it, nor go unseen; the write it followed stands.
    private void RunLogged(Action sideEffect)
    {
        try
        {
            sideEffect();
        }
#pragma warning disable CA1031 // See above: no failure of a side effect is the caller's.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Runtime.Logger.LogError(exception, "A side effect of {Grain} failed", GrainId);
        }
    }
}
