using Inkan.Silo.Runtime;

namespace Inkan.Silo;

/// <summary>
/// Base class of grain implementations. The runtime creates the object for an activation (constructor
/// arguments come from dependency injection, and <see cref="PersistentStateAttribute"/> parameters get
/// their loaded state) and runs its methods one turn at a time.
/// </summary>
public abstract class Grain
{
    private Activation? _activation;

    internal void Attach(Activation activation) => _activation = activation;

    private Activation Activation => _activation
        ?? throw new InvalidOperationException("This grain object is not attached to an activation; grains are created by the runtime.");

    /// <summary>This grain's identity.</summary>
    public GrainId GrainId => Activation.GrainId;

    /// <summary>This grain's key (Orleans' <c>this.GetPrimaryKeyString()</c>).</summary>
    public string GetPrimaryKeyString() => Activation.GrainId.Key;

    /// <summary>References to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime;

    /// <summary>Runs after the state is loaded and before the first call.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs as the last turn of the activation.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Registers a timer whose ticks run as turns of this activation (never concurrently with a call,
    /// and a tick is skipped while the previous one is still queued or running). Disposed with the activation.
    /// </summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
        => Activation.RegisterTimer(callback, dueTime, period);

    /// <summary>Deactivates this activation once the current turn and the queued calls are done.</summary>
    protected void DeactivateOnIdle() => Activation.RequestDeactivation();

    /// <summary>
    /// Runs <paramref name="sideEffect"/> once every state write queued so far is durable, so that no
    /// mail, push or callback announces a change that a crash could still lose. Skipped if a write fails.
    /// </summary>
    protected void RunWhenDurable(Action sideEffect) => Activation.RunWhenDurable(sideEffect);
}
