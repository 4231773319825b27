using Inkan.Silo.Runtime;
using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport;

namespace Inkan.Silo.Tests.Runtime;

public sealed class TimeoutTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task CallOtherAsync_CallCycle_FailsAtResponseTimeout()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.ResponseTimeout = Timeout);
        var a = silo.Grains.GetGrain<IEchoGrain>("a");

        // a -> b -> a: a is busy awaiting b, so b's call to a waits in a's queue.
        var cycle = a.CallOtherAsync("b", 2);
        await WaitUntilAsync(() => silo.Log.ActivationsOf("b") == 1);
        Assert.False(cycle.IsCompleted);

        // b's call to a may queue a moment later on another thread: keep the clock moving until the answer.
        await AdvanceUntilCompletedAsync(time, cycle);

        var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => cycle);
        Assert.Contains("IEchoGrain/a.CallOtherAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HangAsync_TurnNeverEnds_CallerFailsAtTimeoutAndLaterCallsToo()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.ResponseTimeout = Timeout);
        var echo = silo.Grains.GetGrain<IEchoGrain>("hang");

        var hang = echo.HangAsync();
        var queued = echo.EchoAsync(1).AsTask();
        await AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(2));

        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => hang);
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => queued);

        // The hung turn never ends, so shutdown gives up after its own timeout.
        var stop = silo.StopAsync();
        await AdvanceAsync(time, TimeSpan.FromSeconds(31));
        await stop;
    }

    [Fact]
    public async Task HangAsync_CollectorStoppedWatchingEarlier_CallerStillFailsAtTimeout()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.ResponseTimeout = Timeout);
        var echo = silo.Grains.GetGrain<IEchoGrain>("watched");
        Assert.Equal(1, await echo.EchoAsync(1));
        await AdvanceUntilAsync(time, () => silo.Runtime.Collector.Watched == 0);

        var hang = echo.HangAsync();
        Assert.Equal(1, silo.Runtime.Collector.Watched);
        await AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(2));

        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => hang);
        var stop = silo.StopAsync();
        await AdvanceAsync(time, TimeSpan.FromSeconds(31));
        await stop;
    }

    [Fact]
    public async Task GetAsync_ActivationDeactivatingBehindAStalledWrite_CallerFailsAtTimeout()
    {
        var time = new ManualTimeProvider();
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)), time, o => o.ResponseTimeout = Timeout);
        var counter = silo.Grains.GetGrain<ICounterGrain>("stalled");
        await counter.IncrementAsync();
        gated!.Close();
        var increment = counter.IncrementAsync().AsTask();
        var deactivate = counter.DeactivateAsync();
        await WaitUntilAsync(() => ((GrainReference)counter).CachedActivation!.IsDefunct);

        // The activation cannot finish deactivating before its write is durable, and storage does not answer.
        var late = counter.GetAsync();
        try
        {
            await AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(2));
            var error = await Assert.ThrowsAsync<GrainCallTimeoutException>(() => late.WaitAsync(TimeSpan.FromSeconds(5)));
            Assert.Contains("ICounterGrain/stalled.GetAsync", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            gated.Release();
        }

        // The answers held for the stalled write timed out too; the write itself stands.
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => increment);
        await Assert.ThrowsAsync<GrainCallTimeoutException>(() => deactivate);
        Assert.Equal(2, await counter.GetAsync());
    }

    [Fact]
    public async Task CallOtherAsync_NoCycle_CompletesBeforeTimeout()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);

        Assert.Equal(0, await silo.Grains.GetGrain<IEchoGrain>("x").CallOtherAsync("y", 1));
    }

    internal static async Task AdvanceAsync(ManualTimeProvider time, TimeSpan span)
    {
        for (var passed = TimeSpan.Zero; passed < span; passed += TimeSpan.FromSeconds(1))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }
    }

    internal static Task AdvanceUntilCompletedAsync(ManualTimeProvider time, Task call) => AdvanceUntilAsync(time, () => call.IsCompleted);

    /// <summary>Moves the clock a second at a time until the condition holds; returns the time it took.</summary>
    internal static async Task<TimeSpan> AdvanceUntilAsync(ManualTimeProvider time, Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var passed = TimeSpan.Zero;
        while (!condition())
        {
            time.Advance(TimeSpan.FromSeconds(1));
            passed += TimeSpan.FromSeconds(1);
            await Task.Delay(5, timeout.Token);
        }

        return passed;
    }

    internal static Task WaitUntilAsync(Func<bool> condition) => WaitUntilAsync(() => Task.FromResult(condition()));

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
