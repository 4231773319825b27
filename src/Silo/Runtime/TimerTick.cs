namespace Inkan.Silo.Runtime;

/// <summary>A timer's tick queued as a turn of its activation.</summary>
internal sealed class TimerTick(GrainTimer timer, GrainId target) : WorkItem
{
    public override bool IsCompleted => timer.IsDisposed;

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

    // A tick that cannot run (timeout, deactivation) is simply dropped: the next one comes.
    public override void Fail(Exception exception) => timer.TickDone();
}
