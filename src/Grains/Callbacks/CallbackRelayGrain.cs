using Inkan.Silo;

namespace Inkan.Grains.Callbacks;

/// <summary>Implements <see cref="ICallbackRelayGrain"/>; every change is one write of <see cref="CallbackRelayState"/>.</summary>
[GrainType("callbackrelay")]
public sealed class CallbackRelayGrain([PersistentState("relay")] IPersistentState<CallbackRelayState> state, TimeProvider time) : Grain, ICallbackRelayGrain
{
    /// <summary>How many failures the state keeps.</summary>
    public const int RetainedFailures = 200;

    /// <summary>How many receivers may keep a cursor of their own behind the common one.</summary>
    public const int MaxLaggingReceivers = 1000;

    private CallbackRelayState S => state.State;

    /// <inheritdoc/>
    public async Task<CallbackRelayState> GetAsync()
    {
        // The cursors move at whichever node holds the lease.
        await state.EnsureCurrentAsync();
        return new CallbackRelayState
        {
            DeliveredThrough = S.DeliveredThrough, LaggingReceivers = new(S.LaggingReceivers), WatchedThrough = S.WatchedThrough, Lease = S.Lease, Failures = [.. S.Failures],
        };
    }

    /// <inheritdoc/>
    public async Task<bool> HoldLeaseAsync(string node, DateTimeOffset until)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(node);

        // A stale copy could show a lease that another node has since renewed as ended; then the write below fails
        // on the version, and the caller counts that as not holding the lease.
        await state.EnsureCurrentAsync();
        if (S.Lease is { } lease && lease.Node != node && lease.Until > time.GetUtcNow())
        {
            return false;
        }

        S.Lease = new CallbackRelayLease(node, until);
        await state.WriteStateAsync();
        return true;
    }

    /// <inheritdoc/>
    public async Task<CallbackProgress> AdvanceDeliveredAsync(CallbackProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var stored = S.LaggingReceivers;
        var receivers = progress.Lagging.Keys.Union(stored.Keys)
            .Select(r => (Receiver: r, Through: Math.Max(progress.Lagging.GetValueOrDefault(r, progress.DeliveredThrough), stored.GetValueOrDefault(r, S.DeliveredThrough))))
            .OrderBy(r => r.Through)
            .ToList();
        var through = Math.Max(S.DeliveredThrough, progress.DeliveredThrough);

        // Beyond the cap the common cursor stays at the first receiver left out; it is never below the stored one,
        // since only the (capped) stored receivers can lag behind that.
        if (receivers.Count > MaxLaggingReceivers)
        {
            through = Math.Min(through, receivers[MaxLaggingReceivers].Through);
        }

        var next = new CallbackProgress(through, receivers.Where(r => r.Through < through).ToDictionary(r => r.Receiver, r => r.Through));
        if (next.DiffersFrom(Progress()))
        {
            S.DeliveredThrough = through;
            S.LaggingReceivers = new(next.Lagging);
            await state.WriteStateAsync();
        }

        return Progress();
    }

    /// <inheritdoc/>
    public async Task AdvanceWatchedAsync(long entryId)
    {
        if (entryId > S.WatchedThrough)
        {
            S.WatchedThrough = entryId;
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc/>
    public async Task RecordFailureAsync(CallbackFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        S.Failures.Add(failure);
        if (S.Failures.Count > RetainedFailures)
        {
            S.Failures.RemoveRange(0, S.Failures.Count - RetainedFailures);
        }

        await state.WriteStateAsync();
    }

    private CallbackProgress Progress() => new(S.DeliveredThrough, new Dictionary<string, long>(S.LaggingReceivers));
}
