namespace Inkan.Silo.Tests.Grains;

/// <summary>Implements <see cref="IProfileGrain"/>.</summary>
public sealed class ProfileGrain([PersistentState("profile")] IPersistentState<ProfileState> state) : Grain, IProfileGrain
{
    public Task<ProfileState> GetAsync() => Task.FromResult(state.State);
}
