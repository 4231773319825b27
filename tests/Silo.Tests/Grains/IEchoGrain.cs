namespace Inkan.Silo.Tests.Grains;

/// <summary>A stateless grain for ordering, cycles, timers and the hot path.</summary>
public interface IEchoGrain : IGrainWithStringKey
{
    ValueTask<int> EchoAsync(int value);

    Task AppendAsync(int value);

    Task<IReadOnlyList<int>> GetAppendedAsync();

    Task<int> CallOtherAsync(string otherKey, int depth);

    Task StartTimerAsync(TimeSpan period);

    Task<int> GetTicksAsync();

    Task HangAsync();
}
