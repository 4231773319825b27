namespace Inkan.Silo.Tests.Grains;

/// <summary>Implements <see cref="ITwoStateGrain"/>.</summary>
public sealed class TwoStateGrain(
    [PersistentState("a")] IPersistentState<CounterState> a,
    [PersistentState("b")] IPersistentState<CounterState> b) : Grain, ITwoStateGrain
{
    public async Task<int> WriteAThenBTwiceAsync()
    {
        a.State.Value++;
        await a.WriteStateAsync();
        b.State.Value++;
        await b.WriteStateAsync();
        b.State.Value++;
        await b.WriteStateAsync();
        return a.State.Value;
    }

    public Task<int> GetAAsync() => Task.FromResult(a.State.Value);
}
