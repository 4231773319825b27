namespace Inkan.Silo.Tests.Grains;

/// <summary>A grain with two persistent states, written in one turn.</summary>
public interface ITwoStateGrain : IGrainWithStringKey
{
    /// <summary>Increments A once and B twice, writing after each; answers A.</summary>
    Task<int> WriteAThenBTwiceAsync();

    Task<int> GetAAsync();
}
