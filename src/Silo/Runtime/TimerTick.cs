namespace Inkan.Silo.Runtime;

/// <summary>A timer's tick queued as a turn of its activation.</summary>
internal sealed class TimerTick(GrainTimer timer, GrainId target) : WorkItem
{
    private int _failed;

    public override bool IsCompleted => Volatile.Read(ref _failed) != 0 || timer.IsDisposed;

    public override GrainId Target => target;

    public override string MethodName => "timer";

    public override async ValueTask ExecuteAsync(Activation activation)
    {
        try
        {
            await timer.InvokeCallbackAsync();
        }
        finally
        {
            timer.TickDone();
        }
    }

    // A tick that cannot run (timeout, deactivation) is dropped, and stays dropped if it is still queued: the next one comes.
    public override void Fail(Exception exception)
    {
        if (Interlocked.Exchange(ref _failed, 1) == 0)
        {
            timer.TickDone();
        }
    }
}
