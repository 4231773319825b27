namespace Inkan.Grains.Callbacks;

/// <summary>The callback relay's durable progress through its two logs, and the callbacks given up on.</summary>
public sealed class CallbackRelayState
{
    /// <summary>Every entry of <see cref="CallbackLogs.Notices"/> up to this id is delivered or given up.</summary>
    public long DeliveredThrough { get; set; }

    /// <summary>Every entry of <see cref="CallbackLogs.Watches"/> up to this id names a transaction that is final.</summary>
    public long WatchedThrough { get; set; }

    /// <summary>The node that delivers callbacks now; null when none has taken the lease yet.</summary>
    public CallbackRelayLease? Lease { get; set; }

    /// <summary>The most recent failures, oldest first (at most <see cref="CallbackRelayGrain.RetainedFailures"/>).</summary>
    public List<CallbackFailure> Failures { get; set; } = [];
}
