using Inkan.Grains.Callbacks;
using Inkan.Silo.Storage;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// One receiver's callbacks under way, at most <paramref name="capacity"/> (one while the receiver is suspect), and its
/// <see cref="Probe"/>. A lane that was full when the relay read one of its notices falls behind: the notices after
/// <see cref="StartedThrough"/> are read again.
/// </summary>
public sealed class CallbackLane(int capacity)
{
    private readonly SortedList<long, Task> _deliveries = [];
    private readonly int _capacity = capacity;
    private int _retrying;
    private int _limit = capacity;

    /// <summary>
    /// Null while the lane keeps up with the relay's reading; once behind, every notice of this receiver up to this id
    /// has been started, and the later ones are still to be read again.
    /// </summary>
    public long? StartedThrough { get; private set; }

    /// <summary>Whether the receiver is suspect, and its one POST at a time while it is; a lane made again starts healthy.</summary>
    public CallbackProbe Probe { get; } = new();

    /// <summary>Whether the lane holds as many callbacks as it may.</summary>
    public bool IsFull => _deliveries.Count >= _limit;

    /// <summary>Whether it lags: behind the reading, or with a callback that failed and waits to be tried again.</summary>
    public bool IsLagging => StartedThrough is not null || Volatile.Read(ref _retrying) > 0;

    /// <summary>Whether there is nothing under way and nothing to read again: the lane may be dropped.</summary>
    public bool IsIdle => _deliveries.Count == 0 && StartedThrough is null;

    /// <summary>The deliveries under way.</summary>
    public IEnumerable<Task> Deliveries => _deliveries.Values;

    /// <summary>The normalised receiver of <paramref name="url"/>: lower-case scheme and host, and the port, default or not.</summary>
    public static string ReceiverOf(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.Scheme | UriComponents.Host | UriComponents.StrongPort, UriFormat.UriEscaped).ToLowerInvariant()
            : "";

    /// <summary>The receiver of a notice entry; a malformed entry has a lane of its own, "", whose delivery records it failed.</summary>
    public static string ReceiverOf(LogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            return ReceiverOf(CallbackNotice.FromJson(entry.Payload).Target.Url);
        }
        catch (FormatException)
        {
            return "";
        }
    }

    /// <summary>Adds the delivery of entry <paramref name="entryId"/>, the next of this receiver's in id order.</summary>
    public void Start(long entryId, Task delivery)
    {
        _deliveries.Add(entryId, delivery);
        StartedThrough = StartedThrough is null ? null : entryId;
    }

    /// <summary>Leaves the notices after <paramref name="readThrough"/> to be read again: all before are started.</summary>
    public void FallBehind(long readThrough) => StartedThrough = readThrough;

    /// <summary>
    /// Says that the log was read again up to <paramref name="seenThrough"/> (or, on taking over the lease, that the
    /// saved cursor is there): unless full, the lane has started all its notices up to it; at <paramref name="readThrough"/> it keeps up again.
    /// </summary>
    public void Passed(long seenThrough, long readThrough)
    {
        if (StartedThrough < seenThrough && !IsFull)
        {
            StartedThrough = seenThrough;
        }

        if (StartedThrough >= readThrough)
        {
            StartedThrough = null;
        }
    }

    /// <summary>
    /// Removes the deliveries that have finished and returns how many; one cancelled by shutdown stays, so no cursor
    /// passes it. Also fixes how many the lane may hold until the next sweep: one while its receiver is suspect, so that
    /// a receiver that is down keeps what was under way when it failed, takes no more, and leaves the budget to others.
    /// </summary>
    public int Sweep()
    {
        // Here, between the relay's reads, never during one: a lane must stay full or not for a whole read.
        _limit = Probe.IsSuspect ? 1 : _capacity;
        var finished = _deliveries.Where(d => d.Value.IsCompletedSuccessfully).Select(d => d.Key).ToList();
        finished.ForEach(id => _deliveries.Remove(id));
        return finished.Count;
    }

    /// <summary>
    /// The id up to which every notice of this receiver is done: just before its oldest under way, else
    /// <see cref="StartedThrough"/>, else <paramref name="readThrough"/> (the relay's reading, which it keeps up with).
    /// </summary>
    public long DoneThrough(long readThrough) => _deliveries.Count > 0 ? _deliveries.Keys[0] - 1 : StartedThrough ?? readThrough;

    /// <summary>Says that one of its callbacks has failed and will be tried again.</summary>
    public void RetryStarted() => Interlocked.Increment(ref _retrying);

    /// <summary>Says that a callback that was retrying has finished.</summary>
    public void RetryEnded() => Interlocked.Decrement(ref _retrying);
}
