namespace Inkan.Silo.Tests.Grains;

/// <summary>Timers at their edges: one registered while activating, one that throws after disposing itself, one held up by a long turn.</summary>
public interface ITimedGrain : IGrainWithStringKey
{
    /// <summary>Registers a one-shot timer (due in 1 s) that disposes itself, yields, then throws.</summary>
    Task StartFailingOneShotAsync();

    /// <summary>Registers a counting timer with the given period (a one-shot one, due after <paramref name="period"/>, when <paramref name="once"/>).</summary>
    Task StartCountingAsync(TimeSpan period, bool once = false);

    /// <summary>A turn that lasts until <see cref="TimedGrain.Release"/> is set for this key.</summary>
    Task BlockAsync();

    Task<int> GetTicksAsync();
}
