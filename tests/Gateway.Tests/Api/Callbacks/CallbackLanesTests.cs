using Inkan.Gateway.Api.Callbacks;
using Inkan.Grains.Callbacks;
using static Inkan.Gateway.Tests.Api.Callbacks.LanesHarness;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>One lane per receiver: a full lane's notices stay in the log and are read again, in order, once it has room.</summary>
public sealed class CallbackLanesTests
{
    [Fact]
    public void Pass_ReceiverWithThreeTimesItsCapPending_OnlyItsCapUnderWayAndOtherReceiverStarted()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var a = h.Append(A, 6);
        var b = h.Append(B, 2);

        h.Pass();

        Assert.Equal([a[0], a[1], .. b], h.Started);
        Assert.Equal(2, h.Lanes.All[ReceiverA].Deliveries.Count());
        Assert.Null(h.Lanes.CatchUpFrom);
    }

    [Fact]
    public void Pass_LaneHasRoomAgain_TakesItsSkippedNoticesInLogOrderBeforeNewerOnes()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var skipped = h.Append(A, 5);
        h.Pass();
        var newer = h.Append(A, 2);
        h.Pass();
        Assert.Equal(skipped[..2], h.Started);

        h.FinishAll();

        Assert.Equal([.. skipped, .. newer], h.Started);
    }

    [Fact]
    public void Pass_ReceiverDown_NeverMoreThanItsCapUnderWayWhileOthersFlow()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var down = h.Append(A, 2);
        h.Pass();

        // A's two callbacks never finish; B's finish each pass while A's notices keep piling up.
        for (var round = 0; round < 5; round++)
        {
            h.Append(A, 3);
            var b = h.Append(B, 2);
            h.Pass();
            Assert.Subset(h.Started.ToHashSet(), b.ToHashSet());
            Assert.Equal(2, h.Lanes.All[ReceiverA].Deliveries.Count());
            h.Finish(b);
        }

        Assert.Equal(down, h.Started.Where(id => h.LaneOf(id) == h.LaneOf(down[0])));
    }

    [Fact]
    public void Pass_BudgetFull_ReadsNoFurtherUntilADeliveryFinishes()
    {
        // MaxConcurrent 1: 64 under way at most, here one per receiver.
        var h = new LanesHarness(laneCapacity: 1);
        var ids = Enumerable.Range(0, 70).Select(i => h.Append($"https://r{i}.example/cb")[0]).ToList();

        h.Pass();
        Assert.Equal(ids[..64], h.Started);
        h.Finish(ids[0]);
        h.Pass();

        Assert.Equal(ids[..65], h.Started);
    }

    [Fact]
    public void Pass_MalformedEntry_StartedInALaneOfItsOwn()
    {
        var h = new LanesHarness(laneCapacity: 1);
        h.AppendMalformed();
        var a = h.Append(A);

        h.Pass();

        Assert.Equal(2, h.Started.Count);
        Assert.Equal(a[0], h.Started[1]);
        Assert.Contains("", h.Lanes.All.Keys);
    }

    [Fact]
    public void Resume_SavedLaggingReceiver_ReadsAgainOnlyItsNoticesAfterItsCursor()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var a = h.Append(A, 3);
        var b = h.Append(B, 3);
        var saved = new CallbackCursors();
        saved.Load(new CallbackProgress(b[^1], new Dictionary<string, long> { [ReceiverA] = a[0] }));

        h.Lanes.Resume(saved);
        h.Pass();

        Assert.Equal(a[1..], h.Started);
        Assert.Equal(b[^1], h.Lanes.ReadThrough);
    }

    [Fact]
    public void Resume_LeaseRegainedAfterAnotherNodeMovedOn_SkipsWhatThatNodeDeliveredAndKeepsTheRest()
    {
        var h = new LanesHarness(laneCapacity: 2);
        var a = h.Append(A, 4);
        h.Pass();
        h.Finish(a[0]);

        // Meanwhile the other node delivered A through its third notice and everything else through B's last.
        var b = h.Append(B, 2);
        var saved = new CallbackCursors();
        saved.Load(new CallbackProgress(b[^1], new Dictionary<string, long> { [ReceiverA] = a[2] }));
        h.Lanes.Resume(saved);
        h.Pass();

        Assert.Equal([a[0], a[1], a[3]], h.Started);
    }
}
