using Inkan.Gateway.Api.Callbacks;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>A receiver's health: suspect after a failed attempt, one POST at a time (the probe) until one succeeds.</summary>
public sealed class CallbackProbeTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    [Fact]
    public void IsSuspect_NewLane_Healthy() => Assert.False(new CallbackLane(1).Probe.IsSuspect);

    [Fact]
    public void Attempted_Failed_SuspectUntilAnAttemptSucceeds()
    {
        var probe = new CallbackProbe();

        probe.Attempted(succeeded: false);
        var afterFailure = probe.IsSuspect;
        probe.Attempted(succeeded: true);

        Assert.True(afterFailure);
        Assert.False(probe.IsSuspect);
    }

    [Fact]
    public async Task WaitAsync_ProbeHeldAndFails_NextWaiterHoldsItOnlyOnceReleased()
    {
        var probe = Suspect();
        Assert.True(await probe.WaitAsync(CancellationToken.None));

        var next = probe.WaitAsync(CancellationToken.None);
        var waitedWhileHeld = !next.IsCompleted;
        probe.Attempted(succeeded: false);
        probe.Release();

        Assert.True(waitedWhileHeld);
        Assert.True(await next.WaitAsync(HangGuard));
    }

    [Fact]
    public async Task WaitAsync_ProbeSucceeds_EveryWaiterGoesWithoutIt()
    {
        var probe = Suspect();
        Assert.True(await probe.WaitAsync(CancellationToken.None));
        var waiters = Enumerable.Range(0, 3).Select(_ => probe.WaitAsync(CancellationToken.None)).ToList();

        probe.Attempted(succeeded: true);
        probe.Release();

        Assert.All(await Task.WhenAll(waiters).WaitAsync(HangGuard), Assert.False);
        probe.Attempted(succeeded: false);
        Assert.True(await probe.WaitAsync(CancellationToken.None).WaitAsync(HangGuard));
    }

    [Fact]
    public async Task WaitAsync_CancelledWhileProbeHeld_ThrowsAndLeavesTheProbeToOthers()
    {
        var probe = Suspect();
        Assert.True(await probe.WaitAsync(CancellationToken.None));
        using var shutdown = new CancellationTokenSource();
        var cancelled = probe.WaitAsync(shutdown.Token);
        var next = probe.WaitAsync(CancellationToken.None);

        await shutdown.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(HangGuard));
        probe.Release();

        Assert.True(await next.WaitAsync(HangGuard));
    }

    private static CallbackProbe Suspect()
    {
        var probe = new CallbackProbe();
        probe.Attempted(succeeded: false);
        return probe;
    }
}
