namespace Inkan.Silo.Tests.Grains;

/// <summary>Implements <see cref="IUnregisteredGrain"/>.</summary>
public sealed class UnregisteredGrain([PersistentState("state")] IPersistentState<UnregisteredState> state) : Grain, IUnregisteredGrain
{
    public Task<int> GetAsync() => Task.FromResult(state.State.Value);
}
