namespace Inkan.Silo.Runtime;

/// <summary>A timer's tick queued as a turn of its activation.</summary>
internal sealed class TimerTick(GrainTimer timer, GrainId target) : WorkItem
{
    public override bool IsCompleted => timer.IsDisposed;

    // Nobody waits for a tick: a long turn delays it, and meanwhile no other tick of its timer queues.
    public override bool HasCaller => false;

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

    // A tick that cannot run (the activation is going away) is simply dropped.
    public override void Fail(Exception exception) => timer.TickDone();
}
