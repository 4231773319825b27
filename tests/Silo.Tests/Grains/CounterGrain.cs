using System.Collections.Concurrent;

namespace Inkan.Silo.Tests.Grains;

/// <summary>Implements <see cref="ICounterGrain"/>; counts its activations in <see cref="ActivationLog"/>.</summary>
public sealed class CounterGrain([PersistentState("counter")] IPersistentState<CounterState> state, ActivationLog log) : Grain, ICounterGrain
{
    /// <summary>What <see cref="IncrementThenBlockAsync"/> waits for, per key.</summary>
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Proceed = new();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        log.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        log.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public async ValueTask<int> IncrementAsync()
    {
        var value = state.State.Value;
        await Task.Yield();
        state.State.Value = value + 1;
        await state.WriteStateAsync();
        return state.State.Value;
    }

    public Task<int> GetAsync() => Task.FromResult(state.State.Value);

    public async Task<int> IncrementAndAnnounceAsync()
    {
        var value = ++state.State.Value;
        await state.WriteStateAsync();
        var key = GetPrimaryKeyString();
        RunWhenDurable(() => log.Announced(key, value));
        return value;
    }

    public async Task<int> IncrementThenBlockAsync()
    {
        var value = ++state.State.Value;
        await state.WriteStateAsync();
        await Proceed.GetOrAdd(GetPrimaryKeyString(), _ => new(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        return value;
    }

    public Task<int> AnnounceAsync()
    {
        var (key, value) = (GetPrimaryKeyString(), state.State.Value);
        RunWhenDurable(() => log.Announced(key, value));
        return Task.FromResult(value);
    }

    public async Task<int> GetCurrentAsync()
    {
        await state.EnsureCurrentAsync();
        return state.State.Value;
    }

    public async Task<int> GetRecentAsync(TimeSpan maxAge)
    {
        await state.EnsureCurrentAsync(maxAge);
        return state.State.Value;
    }

    public Task<long> GetVersionAsync() => Task.FromResult(state.Version);

    public Task FailAsync(string message) => throw new InvalidOperationException(message);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
