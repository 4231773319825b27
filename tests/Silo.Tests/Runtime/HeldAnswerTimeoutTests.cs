using System.Diagnostics.Metrics;
using Inkan.Silo.Runtime;
using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport;

namespace Inkan.Silo.Tests.Runtime;

/// <summary>Answers held until their turn's write is durable, when storage stalls: the response timeout applies to them too.</summary>
public sealed class HeldAnswerTimeoutTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    // Real time, only so that a missing timeout fails the test instead of hanging it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task IncrementAndAnnounceAsync_WriteStalls_CallersFailAtTimeoutAndSideEffectWaitsForTheWrite()
    {
        var time = new ManualTimeProvider();
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)), time, o => o.ResponseTimeout = Timeout);
        var counter = silo.Grains.GetGrain<ICounterGrain>("stalled-answers");
        gated!.Close();

        // The first call of an activation queues; the read's answer rests on the unsaved write and is held too.
        var write = counter.IncrementAndAnnounceAsync();
        var read = counter.GetAsync();
        try
        {
            // Under load the turn may not have run yet: a call timed out in the queue never runs, and writes nothing.
            await TimeoutTests.WaitUntilAsync(() => gated.Held == 1);
            await TimeoutTests.AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(2));
            await Assert.ThrowsAsync<GrainCallTimeoutException>(() => write.WaitAsync(Patience));
            await Assert.ThrowsAsync<GrainCallTimeoutException>(() => read.WaitAsync(Patience));
            Assert.False(silo.Log.Announcements.ContainsKey("stalled-answers"));
        }
        finally
        {
            // The timeout said nothing about the write: it lands, and its side effect runs once it has.
            gated.Release();
        }

        Assert.Equal(1, await counter.GetAsync());
        Assert.Equal(1, silo.Log.Announcements["stalled-answers"]);
        Assert.Equal(1, silo.Log.ActivationsOf("stalled-answers"));
    }

    [Fact]
    public async Task IncrementAndAnnounceAsync_StalledWriteFailsAfterTheTimeout_ActivationReloadsAndSideEffectNeverRuns()
    {
        var time = new ManualTimeProvider();
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)), time, o => o.ResponseTimeout = Timeout);
        var counter = silo.Grains.GetGrain<ICounterGrain>("stalled-then-failed");
        Assert.Equal(1, await counter.IncrementAsync());
        var activation = ((GrainReference)counter).CachedActivation!;
        gated!.Close();

        var call = counter.IncrementAndAnnounceAsync();
        try
        {
            await TimeoutTests.WaitUntilAsync(() => gated.Held == 1);
            await TimeoutTests.AdvanceAsync(time, Timeout + TimeSpan.FromSeconds(2));
            await Assert.ThrowsAsync<GrainCallTimeoutException>(() => call.WaitAsync(Patience));
        }
        finally
        {
            gated.FailHeld(new InconsistentStateException("simulated conflict"));
        }

        await activation.Dead.WaitAsync(Patience);

        Assert.Equal(1, await counter.GetAsync());
        Assert.Equal(2, silo.Log.ActivationsOf("stalled-then-failed"));
        Assert.Contains(("stalled-then-failed", DeactivationReason.InconsistentState), silo.Log.Deactivations);
        Assert.False(silo.Log.Announcements.ContainsKey("stalled-then-failed"));
    }

    [Fact]
    public async Task IncrementThenBlockAsync_TimedOutWhileAwaitingThenHeldForItsWrite_CountedAsOneTimeout()
    {
        var time = new ManualTimeProvider();
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)), time, o => o.ResponseTimeout = Timeout);
        long timeouts = 0;
        using var listener = CountTimeoutsOf(silo, () => Interlocked.Increment(ref timeouts));
        const string key = "late-then-held";
        var counter = silo.Grains.GetGrain<ICounterGrain>(key);
        Assert.Equal(0, await counter.GetAsync());
        var activation = ((GrainReference)counter).CachedActivation!;
        gated!.Close();

        var call = counter.IncrementThenBlockAsync();
        try
        {
            await TimeoutTests.WaitUntilAsync(() => gated.Held == 1 && CounterGrain.Proceed.ContainsKey(key));
            await TimeoutTests.AdvanceUntilCompletedAsync(time, call);
            await Assert.ThrowsAsync<GrainCallTimeoutException>(() => call);

            // The turn ends while its write is still stalled: its answer, already given, is held; a later pass drops it.
            CounterGrain.Proceed[key].SetResult();
            await TimeoutTests.WaitUntilAsync(() => activation.CompletedTurns == 2);
            await TimeoutTests.AdvanceUntilAsync(time, () => silo.Runtime.Collector.Watched == 0);
        }
        finally
        {
            gated.Release();
        }

        Assert.Equal(1, Interlocked.Read(ref timeouts));
        Assert.Equal(1, await counter.GetAsync());
    }

    private static MeterListener CountTimeoutsOf(TestSilo silo, Action count)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == silo.Metrics.Meter && instrument.Name == "inkan.silo.call.timeouts")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, _, _) => count());
        listener.Start();
        return listener;
    }
}
