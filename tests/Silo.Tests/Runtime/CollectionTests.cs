using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport;

namespace Inkan.Silo.Tests.Runtime;

public sealed class CollectionTests
{
    [Fact]
    public async Task Collect_IdleLongerThanAgeLimit_DeactivatesAndNextCallReactivates()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.CollectionAge = TimeSpan.FromMinutes(2));
        var counter = silo.Grains.GetGrain<ICounterGrain>("idle");
        await counter.IncrementAsync();

        // The virtual clock must not outrun the real threads: wait until the activation is idle
        // (a call that completes synchronously ran inline, so nothing else held the activation).
        await TimeoutTests.WaitUntilAsync(() => counter.GetAsync().IsCompletedSuccessfully);

        await TimeoutTests.AdvanceAsync(time, TimeSpan.FromSeconds(90));
        Assert.Empty(silo.Log.Deactivations);

        await TimeoutTests.AdvanceAsync(time, TimeSpan.FromSeconds(45));
        await TimeoutTests.WaitUntilAsync(() => !silo.Log.Deactivations.IsEmpty);

        Assert.Equal(("idle", DeactivationReason.Idle), Assert.Single(silo.Log.Deactivations));
        Assert.Equal(2, await counter.IncrementAsync());
        Assert.Equal(2, silo.Log.ActivationsOf("idle"));
    }

    [Fact]
    public async Task Collect_CalledWithinAgeLimit_StaysActive()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.CollectionAge = TimeSpan.FromMinutes(1));
        var counter = silo.Grains.GetGrain<ICounterGrain>("busy");

        for (var i = 0; i < 5; i++)
        {
            await counter.IncrementAsync();
            await TimeoutTests.AdvanceAsync(time, TimeSpan.FromSeconds(40));
        }

        Assert.Empty(silo.Log.Deactivations);
        Assert.Equal(1, silo.Log.ActivationsOf("busy"));
    }

    [Fact]
    public async Task Collect_ThousandIdleActivations_PassesVisitOnlyWhatIsDue()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time, o => o.CollectionAge = TimeSpan.FromMinutes(2));
        var counters = Enumerable.Range(0, 1000).Select(i => silo.Grains.GetGrain<ICounterGrain>("many" + i)).ToArray();
        await Task.WhenAll(counters.Select(counter => counter.IncrementAsync().AsTask()));
        Assert.Equal(1000, silo.Runtime.Collector.Scheduled);

        // Their first calls queued while they activated, so a pass looks at them once more for late calls.
        var passed = await TimeoutTests.AdvanceUntilAsync(time, () => silo.Runtime.Collector.Watched == 0);
        Assert.True(passed < TimeSpan.FromSeconds(10), $"watched for {passed}");

        await TimeoutTests.AdvanceAsync(time, TimeSpan.FromSeconds(100) - passed);
        Assert.Equal(0, silo.Runtime.LastPassVisits);
        Assert.Empty(silo.Log.Deactivations);

        await TimeoutTests.AdvanceAsync(time, TimeSpan.FromSeconds(20));
        await TimeoutTests.WaitUntilAsync(() => silo.Log.Deactivations.Count == 1000);
        Assert.All(silo.Log.Deactivations, d => Assert.Equal(DeactivationReason.Idle, d.Reason));
        Assert.Equal(0, silo.Runtime.Collector.Scheduled);
    }

    [Fact]
    public async Task DeactivateAsync_ActivationGone_LeavesTheCollectorsSchedule()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time);
        var counter = silo.Grains.GetGrain<ICounterGrain>("gone");
        await counter.IncrementAsync();
        Assert.Equal(1, silo.Runtime.Collector.Scheduled);

        await counter.DeactivateAsync();
        await TimeoutTests.WaitUntilAsync(() => !silo.Log.Deactivations.IsEmpty);

        Assert.Equal(0, silo.Runtime.Collector.Scheduled);
    }

    [Fact]
    public async Task GrainTimer_PeriodElapses_TicksRunAsTurns()
    {
        var time = new ManualTimeProvider();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, time);
        var echo = silo.Grains.GetGrain<IEchoGrain>("timer");
        await echo.StartTimerAsync(TimeSpan.FromSeconds(10));

        for (var i = 1; i <= 5; i++)
        {
            time.Advance(TimeSpan.FromSeconds(10));
            var expected = i;
            await TimeoutTests.WaitUntilAsync(async () => await echo.GetTicksAsync() == expected);
        }

        Assert.Equal(5, await echo.GetTicksAsync());
    }

    [Fact]
    public async Task StopAsync_ActivationsLive_DeactivatesAllWithShutdownReason()
    {
        var silo = await TestSilo.StartAsync(TestStorages.Memory);
        await silo.Grains.GetGrain<ICounterGrain>("s1").IncrementAsync();
        await silo.Grains.GetGrain<ICounterGrain>("s2").IncrementAsync();

        var log = silo.Log;

        await silo.DisposeAsync();

        Assert.Equal(2, log.Deactivations.Count(d => d.Reason == DeactivationReason.ShuttingDown));
    }
}
