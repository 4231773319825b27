using Inkan.Silo.Storage;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// The relay's callbacks under way, one <see cref="CallbackLane"/> per receiver: each lane holds at most
/// <see cref="CallbackOptions.MaxInFlightPerReceiver"/>, all together at most the budget. Notices of a full lane are not
/// kept: the lane falls behind and takes them, in log order, when the log is read again from where it stopped.
/// </summary>
public sealed class CallbackLanes(CallbackOptions options, Func<LogEntry, CallbackLane, Task> deliver)
{
    /// <summary>How many entries one read of the log takes.</summary>
    public const int ReadBatch = 256;

    private readonly Dictionary<string, CallbackLane> _lanes = [];
    private readonly int _budget = options.MaxConcurrent * CallbackOptions.InFlightPerPost;
    private int _inFlight;

    /// <summary>How far the log has been read; every lane that keeps up has started its notices up to here.</summary>
    public long ReadThrough { get; private set; }

    /// <summary>Whether the budget allows one more callback under way.</summary>
    public bool HasRoom => _inFlight < _budget;

    /// <summary>The lanes by receiver.</summary>
    public IReadOnlyDictionary<string, CallbackLane> All => _lanes;

    /// <summary>Every delivery under way.</summary>
    public IEnumerable<Task> Deliveries => _lanes.Values.SelectMany(l => l.Deliveries);

    /// <summary>Where to read the log again for the lanes that are behind and have room; null when there are none.</summary>
    public long? CatchUpFrom => _lanes.Values.Where(l => !l.IsFull).Min(l => l.StartedThrough);

    /// <summary>The id up to which every notice of <paramref name="receiver"/> is done, as far as this node knows.</summary>
    public long DoneThrough(string receiver) => _lanes.TryGetValue(receiver, out var lane) ? lane.DoneThrough(ReadThrough) : ReadThrough;

    /// <summary>
    /// Takes entries read past <see cref="ReadThrough"/>, in order, while the budget has room: starts each whose lane
    /// keeps up and has room; a full lane falls behind, and a lane behind leaves the entry to <see cref="CatchUp"/>.
    /// </summary>
    public void ReadOn(IReadOnlyList<LogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        foreach (var entry in entries.TakeWhile(_ => HasRoom))
        {
            var lane = LaneOf(CallbackLane.ReceiverOf(entry));
            if (lane.StartedThrough is null && lane.IsFull)
            {
                lane.FallBehind(ReadThrough);
            }
            else if (lane.StartedThrough is null)
            {
                Start(entry, lane);
            }

            ReadThrough = entry.Id;
        }
    }

    /// <summary>
    /// Takes entries read again after <see cref="CatchUpFrom"/>: starts, while the budget has room, each that a lane
    /// behind has not started and has room for; a lane that reaches <see cref="ReadThrough"/> keeps up again.
    /// </summary>
    public void CatchUp(IReadOnlyList<LogEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var seen = CatchUpFrom ?? ReadThrough;
        var toTheFront = entries.Count < ReadBatch;
        foreach (var entry in entries)
        {
            if (entry.Id > ReadThrough || !HasRoom)
            {
                toTheFront = entry.Id > ReadThrough;
                break;
            }

            if (_lanes.TryGetValue(CallbackLane.ReceiverOf(entry), out var lane) && lane.StartedThrough < entry.Id && !lane.IsFull)
            {
                Start(entry, lane);
            }

            seen = entry.Id;
        }

        foreach (var lane in _lanes.Values)
        {
            lane.Passed(toTheFront ? ReadThrough : seen, ReadThrough);
        }
    }

    /// <summary>Forgets the deliveries that have finished, and the lanes left with nothing to do.</summary>
    public void Sweep()
    {
        foreach (var (receiver, lane) in _lanes.ToList())
        {
            _inFlight -= lane.Sweep();
            if (lane.IsIdle)
            {
                _lanes.Remove(receiver);
            }
        }
    }

    /// <summary>
    /// On taking over the lease: reading goes on from the saved common cursor, unless this node had read further, and
    /// each receiver behind that (by its saved cursor, or this node's earlier reading) is read again from there.
    /// </summary>
    public void Resume(CallbackCursors saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        Sweep();
        var before = ReadThrough;
        ReadThrough = Math.Max(before, saved.DeliveredThrough);
        foreach (var receiver in saved.Lagging.Keys.Concat(_lanes.Keys).Distinct().ToList())
        {
            var lane = LaneOf(receiver);
            if (lane.StartedThrough is null)
            {
                lane.FallBehind(before);
            }

            lane.Passed(saved.Of(receiver), ReadThrough);
        }

        Sweep();
    }

    private CallbackLane LaneOf(string receiver)
    {
        if (!_lanes.TryGetValue(receiver, out var lane))
        {
            _lanes[receiver] = lane = new CallbackLane(options.MaxInFlightPerReceiver);
        }

        return lane;
    }

    private void Start(LogEntry entry, CallbackLane lane)
    {
        lane.Start(entry.Id, deliver(entry, lane));
        _inFlight++;
    }
}
