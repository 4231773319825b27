using System.Collections.Concurrent;

namespace Inkan.Silo.Runtime;

/// <summary>
/// Whom the collector's passes visit, after Orleans' activation collector: each activation waits in the bucket of
/// the tick at which it could first have been idle for its age limit, and activations with queued or awaited calls
/// are watched apart for late calls. A pass visits what is due or busy, never every activation, so a silo holding
/// a million idle activations spends nothing on them between their buckets.
/// </summary>
internal sealed class ActivationCollector
{
    internal const long Unscheduled = long.MaxValue;
    private const long Gone = long.MinValue;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, HashSet<Activation>> _buckets = [];
    private readonly SortedSet<long> _dueTicks = [];
    private readonly ConcurrentQueue<Activation> _busy = new();

    /// <summary>Activations waiting in a bucket (for tests and diagnostics).</summary>
    public int Scheduled
    {
        get
        {
            lock (_lock)
            {
                return _buckets.Values.Sum(bucket => bucket.Count);
            }
        }
    }

    /// <summary>Activations watched for late calls (for tests and diagnostics).</summary>
    public int Watched => _busy.Count;

    /// <summary>Moves the activation to the bucket of <paramref name="dueTick"/>, unless it is gone.</summary>
    public void Schedule(Activation activation, long dueTick)
    {
        lock (_lock)
        {
            if (activation.CollectionTick == Gone)
            {
                return;
            }

            Unlist(activation);
            if (!_buckets.TryGetValue(dueTick, out var bucket))
            {
                bucket = [];
                _buckets.Add(dueTick, bucket);
                _dueTicks.Add(dueTick);
            }

            bucket.Add(activation);
            activation.CollectionTick = dueTick;
        }
    }

    /// <summary>Takes a dead activation out for good: a pass that still holds it cannot schedule it again.</summary>
    public void Remove(Activation activation)
    {
        lock (_lock)
        {
            Unlist(activation);
            activation.CollectionTick = Gone;
        }
    }

    /// <summary>Takes out of the schedule every activation whose bucket is due by <paramref name="tick"/>.</summary>
    public List<Activation> TakeDue(long tick)
    {
        var due = new List<Activation>();
        lock (_lock)
        {
            while (_dueTicks.Count > 0 && _dueTicks.Min <= tick)
            {
                var first = _dueTicks.Min;
                _dueTicks.Remove(first);
                _buckets.Remove(first, out var bucket);
                foreach (var activation in bucket!)
                {
                    activation.CollectionTick = Unscheduled;
                    due.Add(activation);
                }
            }
        }

        return due;
    }

    /// <summary>Lists an activation that has queued or awaited calls; the activation makes sure it is listed once.</summary>
    public void Watch(Activation activation) => _busy.Enqueue(activation);

    /// <summary>
    /// Fails the late calls of every watched activation and stops watching those that have no calls left;
    /// returns how many it visited.
    /// </summary>
    public int CheckLateCalls(long oldestAllowedTick)
    {
        // Only those listed when the pass began: one that re-lists itself meanwhile waits for the next pass.
        var visited = 0;
        for (var count = _busy.Count; count > 0 && _busy.TryDequeue(out var activation); count--)
        {
            visited++;
            activation.FailLateCalls(oldestAllowedTick);
            if (activation.KeepWatching())
            {
                _busy.Enqueue(activation);
            }
        }

        return visited;
    }

    private void Unlist(Activation activation)
    {
        var tick = activation.CollectionTick;
        if (tick is Unscheduled or Gone)
        {
            return;
        }

        var bucket = _buckets[tick];
        bucket.Remove(activation);
        if (bucket.Count == 0)
        {
            _buckets.Remove(tick);
            _dueTicks.Remove(tick);
        }

        activation.CollectionTick = Unscheduled;
    }
}
