using Inkan.Gateway.Api.Callbacks;
using Inkan.Grains.Callbacks;
using static Inkan.Gateway.Tests.Api.Callbacks.LanesHarness;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>What the relay saves after a pass: lagging receivers keep their own cursor, so the common one moves on past them.</summary>
public sealed class CallbackCursorsTests
{
    private readonly CallbackCursors _cursors = new();

    [Fact]
    public void Next_ReceiverBehindItsFullLane_ListedAtItsOwnCursorWhileTheCommonOneMovesToTheFront()
    {
        var (h, a, b) = BehindAndDelivered();

        var next = _cursors.Next(h.Lanes)!;

        Assert.Equal(b[^1], next.DeliveredThrough);
        Assert.Equal(new Dictionary<string, long> { [ReceiverA] = a[0] - 1 }, next.Lagging);
    }

    [Fact]
    public void Next_RetryingReceiverUnderItsCap_ListedSoTheOthersAreNotSentAgain()
    {
        var (h, a, b) = RetryingAndDelivered();

        var next = _cursors.Next(h.Lanes)!;

        Assert.Equal((b[0], a[0] - 1), (next.DeliveredThrough, next.Lagging[ReceiverA]));
    }

    [Fact]
    public void Next_FirstAttemptsUnderWay_HoldTheCommonCursorWithoutListing()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var a = h.Append(A);
        h.Append(B);
        h.Pass();

        var next = _cursors.Next(h.Lanes)!;

        Assert.Equal(a[0] - 1, next.DeliveredThrough);
        Assert.Empty(next.Lagging);
    }

    [Fact]
    public void Next_ListedReceiverNoLongerRetryingButStillBehind_StaysListedAndNothingMoves()
    {
        var (h, a, _) = RetryingAndDelivered();
        _cursors.Load(_cursors.Next(h.Lanes)!);

        // Its callback is on its last attempt: unlisting it now would move the common cursor back.
        h.LaneOf(a[0]).RetryEnded();

        Assert.Null(_cursors.Next(h.Lanes));
    }

    [Fact]
    public void Next_ListedReceiverCaughtUp_LeavesTheList()
    {
        var (h, _, b) = BehindAndDelivered();
        _cursors.Load(_cursors.Next(h.Lanes)!);

        h.FinishAll();
        var next = _cursors.Next(h.Lanes)!;

        Assert.Equal(b[^1], next.DeliveredThrough);
        Assert.Empty(next.Lagging);
    }

    [Fact]
    public void Next_MoreLaggingReceiversThanTheGrainKeeps_CommonCursorStaysAtTheFirstLeftOut()
    {
        var h = new LanesHarness(laneCapacity: 1, maxConcurrent: 1000);
        var firsts = Enumerable.Range(0, CallbackRelayGrain.MaxLaggingReceivers + 1).Select(i => h.Append($"https://r{i}.example/cb", 2)[0]).ToList();
        h.Pass();

        var next = _cursors.Next(h.Lanes)!;

        Assert.Equal(CallbackRelayGrain.MaxLaggingReceivers, next.Lagging.Count);
        Assert.Equal(firsts[^1] - 1, next.DeliveredThrough);
    }

    /// <summary>A's lane full with four pending, so behind; B's two delivered.</summary>
    private static (LanesHarness, long[] A, long[] B) BehindAndDelivered()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var a = h.Append(A, 4);
        var b = h.Append(B, 2);
        h.Pass();
        h.Finish(b);
        h.Pass();
        return (h, a, b);
    }

    /// <summary>A's one callback failed and waits to retry; B's delivered.</summary>
    private static (LanesHarness, long[] A, long[] B) RetryingAndDelivered()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var a = h.Append(A);
        var b = h.Append(B);
        h.Pass();
        h.LaneOf(a[0]).RetryStarted();
        h.Finish(b);
        h.Pass();
        return (h, a, b);
    }
}
