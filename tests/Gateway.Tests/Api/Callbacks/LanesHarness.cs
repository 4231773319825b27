using Inkan.Gateway.Api.Callbacks;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;
using Inkan.Silo.Storage;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>Callback lanes over a notice log in memory, whose deliveries finish when the test says, passed through as the relay does.</summary>
internal sealed class LanesHarness
{
    /// <summary>A callback URL of receiver A, <see cref="ReceiverA"/>.</summary>
    public const string A = "https://a.example/cb";

    /// <summary>A callback URL of another receiver.</summary>
    public const string B = "https://b.example/cb";

    public const string ReceiverA = "https://a.example:443";

    private readonly List<LogEntry> _log = [];
    private readonly Dictionary<long, (TaskCompletionSource Done, CallbackLane Lane)> _running = [];

    public LanesHarness(int laneCapacity, int maxConcurrent = 1)
        => Lanes = new CallbackLanes(new CallbackOptions { MaxConcurrent = maxConcurrent, MaxInFlightPerReceiver = laneCapacity }, Deliver);

    public CallbackLanes Lanes { get; }

    /// <summary>The entries whose delivery was started, in order.</summary>
    public List<long> Started { get; } = [];

    /// <summary>Runs as each delivery starts, in the middle of a read: what other deliveries may do meanwhile.</summary>
    public Action? DuringStart { get; set; }

    /// <summary>Appends <paramref name="count"/> notices to <paramref name="url"/>; ids go up by two, as other logs take ids too.</summary>
    public long[] Append(string url, int count = 1)
    {
        var entries = Enumerable.Range(0, count).Select(i => Entry((_log.Count + i + 1) * 2, url)).ToList();
        _log.AddRange(entries);
        return [.. entries.Select(e => e.Id)];
    }

    public void AppendMalformed() => _log.Add(new LogEntry((_log.Count + 1) * 2, CallbackLogs.Notices, "{not json"));

    /// <summary>
    /// What the relay does until it idles: forgets finished deliveries, reads again for the lanes behind, then on,
    /// again at once while a read was a whole batch and the budget has room.
    /// </summary>
    public void Pass()
    {
        var more = true;
        while (more)
        {
            more = false;
            Lanes.Sweep();
            if (Lanes.CatchUpFrom is { } from)
            {
                more |= Take(After(from), Lanes.CatchUp);
            }

            if (Lanes.HasRoom)
            {
                more |= Take(After(Lanes.ReadThrough), Lanes.ReadOn);
            }

            more &= Lanes.HasRoom;
        }
    }

    public void Finish(params IEnumerable<long> ids)
    {
        foreach (var id in ids)
        {
            _running[id].Done.SetResult();
        }
    }

    /// <summary>Finishes every delivery under way and passes, until all that was appended has been started.</summary>
    public void FinishAll()
    {
        for (var passes = 0; passes < 10_000 && (_running.Values.Any(r => !r.Done.Task.IsCompleted) || Started.Count < _log.Count); passes++)
        {
            Finish([.. _running.Where(r => !r.Value.Done.Task.IsCompleted).Select(r => r.Key)]);
            Pass();
        }
    }

    public CallbackLane LaneOf(long id) => _running[id].Lane;

    public bool IsFinished(long id) => _running[id].Done.Task.IsCompleted;

    public static LogEntry Entry(long id, string url) => new(id, CallbackLogs.Notices, new CallbackNotice(
        $"tx{id}", "C1", "master", TxaKind.TRF, TransactionStatus.Authorized, null, DateTimeOffset.UnixEpoch, new CallbackTarget(url, "key1")).ToJson());

    private static bool Take(List<LogEntry> entries, Action<IReadOnlyList<LogEntry>> take)
    {
        take(entries);
        return entries.Count == CallbackLanes.ReadBatch;
    }

    private List<LogEntry> After(long id) => [.. _log.Where(e => e.Id > id).Take(CallbackLanes.ReadBatch)];

    private Task Deliver(LogEntry entry, CallbackLane lane)
    {
        var done = new TaskCompletionSource();
        _running[entry.Id] = (done, lane);
        Started.Add(entry.Id);
        DuringStart?.Invoke();
        return done.Task;
    }
}
