using Inkan.Gateway.Api.Callbacks;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>One receiver's lane: who the receiver is, how far its notices are done, and how many it may hold.</summary>
public sealed class CallbackLaneTests
{
    [Theory]
    [InlineData("https://bank.example/inkan/cb", "https://bank.example:443")]
    [InlineData("HTTPS://Bank.EXAMPLE:443/other?x=1", "https://bank.example:443")]
    [InlineData("http://bank.example/cb", "http://bank.example:80")]
    [InlineData("http://bank.example:8080/cb", "http://bank.example:8080")]
    [InlineData("http://[2001:DB8::1]:5000/cb", "http://[2001:db8::1]:5000")]
    [InlineData("not a url", "")]
    public void ReceiverOf_Url_SchemeHostAndPortNormalised(string url, string expected)
        => Assert.Equal(expected, CallbackLane.ReceiverOf(url));

    [Fact]
    public void DoneThrough_DeliveriesUnderWay_JustBeforeTheOldest()
    {
        var lane = new CallbackLane(3);
        var oldest = new TaskCompletionSource();
        lane.Start(10, oldest.Task);
        lane.Start(14, Task.CompletedTask);

        Assert.Equal(9, lane.DoneThrough(readThrough: 20));
        oldest.SetResult();
        lane.Sweep();
        Assert.Equal(20, lane.DoneThrough(readThrough: 20));
    }

    [Fact]
    public void Passed_FullLane_StaysAtItsLastStartedNotice()
    {
        var lane = new CallbackLane(1);
        lane.Start(10, new TaskCompletionSource().Task);
        lane.FallBehind(10);

        lane.Passed(seenThrough: 30, readThrough: 40);

        Assert.Equal(10, lane.StartedThrough);
        Assert.Equal(9, lane.DoneThrough(readThrough: 40));
    }

    [Fact]
    public void Passed_ReachesTheReading_KeepsUpAgain()
    {
        var lane = new CallbackLane(1);
        lane.FallBehind(10);

        lane.Passed(seenThrough: 40, readThrough: 40);

        Assert.Null(lane.StartedThrough);
        Assert.True(lane.IsIdle);
    }

    [Fact]
    public void IsLagging_CallbackRetrying_UntilItEnds()
    {
        var lane = new CallbackLane(1);
        lane.Start(10, new TaskCompletionSource().Task);
        Assert.False(lane.IsLagging);

        lane.RetryStarted();
        Assert.True(lane.IsLagging);
        lane.RetryEnded();

        Assert.False(lane.IsLagging);
    }

    [Fact]
    public void Sweep_ReceiverSuspect_LaneFullAtOneFromThatSweepUntilOneAfterItIsHealthy()
    {
        var lane = new CallbackLane(3);
        lane.Start(10, new TaskCompletionSource().Task);

        lane.Probe.Attempted(succeeded: false);
        var fullBeforeTheSweep = lane.IsFull;
        lane.Sweep();
        var fullWhileSuspect = lane.IsFull;
        lane.Probe.Attempted(succeeded: true);
        var fullUntilTheNextSweep = lane.IsFull;
        lane.Sweep();

        Assert.False(fullBeforeTheSweep);
        Assert.True(fullWhileSuspect);
        Assert.True(fullUntilTheNextSweep);
        Assert.False(lane.IsFull);
    }
}
