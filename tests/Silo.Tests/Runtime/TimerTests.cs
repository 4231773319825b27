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
    public async Task Timer_DueWhileALongTurnRuns_TicksOnceAfterItAndIsNeverTimedOut()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.ResponseTimeout = Timeout);
        var grain = silo.Grains.GetGrain<ITimedGrain>("late");
        await grain.StartCountingAsync(TimeSpan.FromSeconds(1));
        var blocked = grain.BlockAsync();

        // Fifteen periods pass behind a turn that outlives the response timeout: its caller times out, the
        // timer's first tick waits (nobody is answered by a tick, so nothing times it out) and no other queues.
        await TimeoutTests.AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => blocked);
        TimedGrain.Release["late"].SetResult();

        Assert.Equal(1, await grain.GetTicksAsync().WaitAsync(TimeSpan.FromSeconds(5)));
        time.Advance(TimeSpan.FromSeconds(1));
        await TimeoutTests.WaitUntilAsync(async () => await grain.GetTicksAsync() == 2);
    }

    [Fact]
    public async Task OneShotTimer_DueWhileATurnOutlivesTheTimeout_StillRunsAfterIt()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.ResponseTimeout = Timeout);
        var grain = silo.Grains.GetGrain<ITimedGrain>("expiry");
        await grain.StartCountingAsync(TimeSpan.FromSeconds(1), once: true);
        var blocked = grain.BlockAsync();

        await TimeoutTests.AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => blocked);
        TimedGrain.Release["expiry"].SetResult();

        // Like a transaction's expiry: its only tick must not be lost to the long turn.
        Assert.Equal(1, await grain.GetTicksAsync().WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
