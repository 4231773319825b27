namespace Inkan.Silo;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>Idle for longer than its collection age limit.</summary>
    Idle,

    /// <summary>The grain asked for it with <see cref="Grain.DeactivateOnIdle"/>.</summary>
    ApplicationRequested,

    /// <summary>A state write failed; the in-memory state is ahead of storage and must be reloaded.</summary>
    InconsistentState,

    /// <summary>The activation failed to activate.</summary>
    ActivationFailed,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,
}
