namespace Inkan.Benchmarks.Runtime;

/// <summary>The grain the call benchmarks call: one in-memory method, one durable method.</summary>
public interface IBenchGrain : IGrainWithStringKey
{
    ValueTask<int> AddAsync(int value);

    ValueTask<long> IncrementDurableAsync();
}
