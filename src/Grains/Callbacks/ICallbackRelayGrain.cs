using Inkan.Silo;

namespace Inkan.Grains.Callbacks;

/// <summary>
/// The callback relay's cursors (one grain, key <see cref="CallbackLogs.Notices"/>). Cursors only move forward,
/// so a relay that delivered an entry twice (after a restart, or on two nodes) never moves one back.
/// </summary>
public interface ICallbackRelayGrain : IGrainWithStringKey
{
    /// <summary>The cursors.</summary>
    Task<CallbackRelayState> GetAsync();

    /// <summary>
    /// Takes or renews the lease that makes <paramref name="node"/> the one node delivering callbacks, until
    /// <paramref name="until"/>; false while another node's lease lasts. Several nodes then do not post every callback
    /// each (delivery stays at least once: a node that loses its lease finishes what it has in flight).
    /// </summary>
    Task<bool> HoldLeaseAsync(string node, DateTimeOffset until);

    /// <summary>
    /// Records how far delivery has come: every receiver's cursor becomes the later of the stored one and the one in
    /// <paramref name="progress"/> (a receiver it does not list as lagging is at its common cursor), so none moves back.
    /// Returns the cursors as stored.
    /// </summary>
    Task<CallbackProgress> AdvanceDeliveredAsync(CallbackProgress progress);

    /// <summary>Records that every watched transaction up to <paramref name="entryId"/> is final.</summary>
    Task AdvanceWatchedAsync(long entryId);

    /// <summary>Records a callback given up on; it stays visible to the back office.</summary>
    Task RecordFailureAsync(CallbackFailure failure);
}
