namespace Inkan.Grains.Callbacks;

/// <summary>The callback relay's durable progress through its two logs, and the callbacks given up on.</summary>
public sealed class CallbackRelayState
{
    /// <summary>Every entry of <see cref="CallbackLogs.Notices"/> up to this id is delivered or given up, for every receiver not in <see cref="LaggingReceivers"/>.</summary>
    public long DeliveredThrough { get; set; }

    /// <summary>
    /// The receivers (scheme, host and port) whose notices are done only up to an id below <see cref="DeliveredThrough"/>,
    /// with that id; at most <see cref="CallbackRelayGrain.MaxLaggingReceivers"/>.
    /// </summary>
    public Dictionary<string, long> LaggingReceivers { get; set; } = [];

    /// <summary>Every entry of <see cref="CallbackLogs.Watches"/> up to this id names a transaction that is final.</summary>
    public long WatchedThrough { get; set; }

    /// <summary>The node that delivers callbacks now; null when none has taken the lease yet.</summary>
    public CallbackRelayLease? Lease { get; set; }

    /// <summary>The most recent failures, oldest first (at most <see cref="CallbackRelayGrain.RetainedFailures"/>).</summary>
    public List<CallbackFailure> Failures { get; set; } = [];
}
