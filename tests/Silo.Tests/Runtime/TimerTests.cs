using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport;

namespace Inkan.Silo.Tests.Runtime;

/// <summary>Grain timers at their edges: ticks are turns, and no callback can stop its activation from serving calls.</summary>
public sealed class TimerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task OneShotTimer_ThrowsAfterDisposingItself_ActivationKeepsServing()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time);
        var grain = silo.Grains.GetGrain<ITimedGrain>("throws");
        await grain.StartFailingOneShotAsync();

        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(100);

        Assert.Equal(0, await grain.GetTicksAsync().WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Timer_DueWhileActivating_TickRunsAfterActivation()
    {
        var time = new ManualTimeProvider();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TimedGrain.ActivationGates["activating"] = gate;
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time);
        var grain = silo.Grains.GetGrain<ITimedGrain>("activating");

        var first = grain.GetTicksAsync();
        await Task.Delay(100);
        time.Advance(TimeSpan.FromSeconds(1));
        gate.SetResult();
        await first;

        await TimeoutTests.WaitUntilAsync(async () => await grain.GetTicksAsync() == 1);
    }

    [Fact]
    public async Task Timer_TickFailedWhileALongTurnRuns_NeverRunsLate()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.ResponseTimeout = Timeout);
        var grain = silo.Grains.GetGrain<ITimedGrain>("late");
        await grain.StartCountingAsync(TimeSpan.FromSeconds(1));
        var blocked = grain.BlockAsync();

        // The first tick queues behind the long turn and is failed at the response timeout; then the next one
        // queues and is failed, and so on. Each failed tick must stay dropped when the turn finally ends.
        await TimeoutTests.AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => blocked);
        TimedGrain.Release["late"].SetResult();
        var afterRelease = await grain.GetTicksAsync().WaitAsync(TimeSpan.FromSeconds(5));

        Assert.InRange(afterRelease, 0, 1);
        time.Advance(TimeSpan.FromSeconds(1));
        await TimeoutTests.WaitUntilAsync(async () => await grain.GetTicksAsync() == afterRelease + 1);
    }
}
