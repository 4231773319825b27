namespace Inkan.Silo.Runtime;

/// <summary>
/// Something an activation runs as a turn: a queued call or a timer tick. A call's promise can be
/// failed by the response timeout while it waits or runs; a completed item is skipped when dequeued.
/// </summary>
internal abstract class WorkItem
{
    /// <summary>The collector tick at which the item was queued or its turn began.</summary>
    public long StartTick { get; set; }

    /// <summary>Whether the caller already has an answer (or, for a tick, whether it is void).</summary>
    public abstract bool IsCompleted { get; }

    /// <summary>Whether a caller waits for the item, so the response timeout applies (not to a timer's tick).</summary>
    public virtual bool HasCaller => true;

    /// <summary>The grain this item is for.</summary>
    public abstract GrainId Target { get; }

    /// <summary>The method name, for errors.</summary>
    public abstract string MethodName { get; }

    /// <summary>Runs the turn on <paramref name="activation"/>; the task completes when the turn ends.</summary>
    public abstract ValueTask ExecuteAsync(Activation activation);

    /// <summary>Answers the caller with <paramref name="exception"/> if not answered yet.</summary>
    public abstract void Fail(Exception exception);

    /// <summary>Delivers the answer its turn held back until <paramref name="writes"/> completed (a tick holds none).</summary>
    public virtual void Release(Activation activation, Task writes)
    {
    }
}
