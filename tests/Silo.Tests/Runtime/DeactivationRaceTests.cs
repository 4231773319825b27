using System.Diagnostics.Metrics;
using Inkan.Silo.Runtime;
using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport;

namespace Inkan.Silo.Tests.Runtime;

/// <summary>Races between a call and a deactivation, made deterministic with seams.</summary>
public sealed class DeactivationRaceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task OnWriteFailed_CollectorDeactivatesAtThatMoment_CallQueuedAfterwardsIsForwarded()
    {
        var clock = new StallingClock();
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, clock);
        using var timing = TimeCallsOf(silo);
        var grain = silo.Grains.GetGrain<ITimedGrain>("write-fails-while-collected");
        Assert.Equal(0, await grain.GetTicksAsync());
        var activation = ((GrainReference)grain).CachedActivation!;

        // A caller finds the activation valid but busy, and is held before it queues its call.
        var busy = grain.BlockAsync();
        await TimeoutTests.WaitUntilAsync(() => TimedGrain.Release.ContainsKey("write-fails-while-collected"));
        var caller = Task.Factory.StartNew(
            () =>
            {
                clock.StallNextReadingOnThisThread();
                return grain.GetTicksAsync();
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        Assert.True(clock.Stalled.Wait(Patience));
        TimedGrain.Release["write-fails-while-collected"].SetResult();
        await busy;

        // A write fails just as the collector deactivates the now idle activation, and the owner finishes first.
        silo.Runtime.BeforeWriteFailureTakesEffect = dying =>
        {
            Assert.True(SpinWait.SpinUntil(() => dying.TryCollect(DeactivationReason.Idle), Patience));
            Assert.True(dying.Dead.Wait(Patience));
        };
        activation.OnWriteFailed(new InconsistentStateException("simulated conflict"));

        // The dead activation stays dead, so the held call, queued now, moves to a fresh activation.
        clock.Resume();
        Assert.Equal(0, await (await caller).WaitAsync(Patience));
        Assert.Equal(1, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task DrainAsync_WriteFailsBetweenDequeueAndTurn_ItemIsForwardedToAFreshActivation()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory, new ManualTimeProvider());
        var counter = silo.Grains.GetGrain<ICounterGrain>("write-fails-after-dequeue");
        Assert.Equal(1, await counter.IncrementAsync());
        var failed = ((GrainReference)counter).CachedActivation!;

        // The drain loop has dequeued the item and checked the activation when a write of an earlier turn fails.
        var probe = new ProbeWorkItem(failed.GrainId, () => failed.OnWriteFailed(new InconsistentStateException("simulated conflict")));
        Assert.True(failed.TryAccept(probe));

        var ranOn = await probe.Ran.WaitAsync(Patience);
        Assert.NotSame(failed, ranOn);
        Assert.True(failed.IsDefunct);
        Assert.Equal(1, await counter.GetAsync());
        Assert.Equal(2, silo.Log.ActivationsOf("write-fails-after-dequeue"));
    }

    // The runtime reads the clock for a queued call only while someone listens to the call latency.
    private static MeterListener TimeCallsOf(TestSilo silo)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == silo.Metrics.Meter && instrument.Name == "inkan.silo.call.duration")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.Start();
        return listener;
    }
}
