namespace Inkan.Benchmarks.Runtime;

/// <summary>Implements <see cref="IBenchGrain"/>.</summary>
public sealed class BenchGrain([PersistentState("bench")] IPersistentState<BenchState> state) : Grain, IBenchGrain
{
    private int _sum;

    public ValueTask<int> AddAsync(int value) => ValueTask.FromResult(_sum += value);

    public async ValueTask<long> IncrementDurableAsync()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }
}
