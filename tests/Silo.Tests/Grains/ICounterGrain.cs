namespace Inkan.Silo.Tests.Grains;

/// <summary>A durable counter whose increment reads, awaits, then writes: interleaved turns would lose updates.</summary>
public interface ICounterGrain : IGrainWithStringKey
{
    ValueTask<int> IncrementAsync();

    Task<int> GetAsync();

    /// <summary>Increments, and once that is durable records the new value in <see cref="ActivationLog"/> as a side effect.</summary>
    Task<int> IncrementAndAnnounceAsync();

    /// <summary>Records the current value as a side effect, with no write of its own.</summary>
    Task<int> AnnounceAsync();

    /// <summary>Increments and queues the write, then answers once <see cref="CounterGrain.Proceed"/> of its key is set.</summary>
    Task<int> IncrementThenBlockAsync();

    /// <summary>The value after <see cref="IPersistentState{TState}.EnsureCurrentAsync"/>.</summary>
    Task<int> GetCurrentAsync();

    /// <summary>The value after <see cref="IPersistentState{TState}.EnsureCurrentAsync(TimeSpan)"/>.</summary>
    Task<int> GetRecentAsync(TimeSpan maxAge);

    Task<long> GetVersionAsync();

    Task FailAsync(string message);

    Task DeactivateAsync();
}
