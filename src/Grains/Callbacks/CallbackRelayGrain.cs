using Inkan.Silo;

namespace Inkan.Grains.Callbacks;

/// <summary>Implements <see cref="ICallbackRelayGrain"/>; every change is one write of <see cref="CallbackRelayState"/>.</summary>
[GrainType("callbackrelay")]
public sealed class CallbackRelayGrain([PersistentState("relay")] IPersistentState<CallbackRelayState> state) : Grain, ICallbackRelayGrain
{
    /// <summary>How many failures the state keeps.</summary>
    public const int RetainedFailures = 200;

    private CallbackRelayState S => state.State;

    /// <inheritdoc/>
    public Task<CallbackRelayState> GetAsync()
        => Task.FromResult(new CallbackRelayState { DeliveredThrough = S.DeliveredThrough, WatchedThrough = S.WatchedThrough, Failures = [.. S.Failures] });

    /// <inheritdoc/>
    public async Task AdvanceDeliveredAsync(long entryId)
    {
        if (entryId > S.DeliveredThrough)
        {
            S.DeliveredThrough = entryId;
            await state.WriteStateAsync();
        }
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
}
