namespace Inkan.Silo.Storage.Memory;

/// <summary>
/// The "database" of <see cref="MemoryGrainStorage"/>: state rows and logs in memory. It outlives a storage
/// instance, so tests can stop one storage and open another over the same data.
/// </summary>
public sealed class MemoryStateStore
{
    private readonly object _gate = new();
    private readonly Dictionary<(string StateType, string Key), StoredState> _rows = [];
    private readonly List<LogEntry> _log = [];

    internal StoredState Read(string stateType, string key)
    {
        lock (_gate)
        {
            return _rows.TryGetValue((stateType, key), out var row) ? row with { Payload = row.Payload?.ToArray() } : StoredState.None;
        }
    }

    /// <summary>A copy of every record that holds state, by state type and key: what a test compares to see that nothing was stored.</summary>
    public IReadOnlyDictionary<(string StateType, string Key), byte[]> Records()
    {
        lock (_gate)
        {
            return _rows.Where(r => r.Value.Payload is not null).ToDictionary(r => r.Key, r => r.Value.Payload!.ToArray());
        }
    }

    internal List<LogEntry> ReadLog(string log, long afterId, int maxCount)
    {
        lock (_gate)
        {
            return [.. _log.Where(e => e.Log == log && e.Id > afterId).Take(maxCount)];
        }
    }

    internal List<LogEntry> ReadLogTail(string log, int maxCount)
    {
        lock (_gate)
        {
            return [.. Enumerable.Reverse(_log).Where(e => e.Log == log).Take(maxCount)];
        }
    }

    /// <summary>Applies the rows as one atomic step, conditionally on each row's version.</summary>
    internal void Commit(IReadOnlyList<BatchRow> rows)
    {
        lock (_gate)
        {
            foreach (var row in rows)
            {
                var key = (row.StateType, row.Key);
                var found = _rows.TryGetValue(key, out var stored) ? stored.Version : 0;
                if (found != row.ExpectedVersion)
                {
                    row.MarkConflict(found);
                    continue;
                }

                _rows[key] = new StoredState(row.NewVersion, row.Payload?.ToArray());
                foreach (var append in row.LogAppends)
                {
                    _log.Add(new LogEntry(_log.Count + 1, append.Log, append.Payload));
                }
            }
        }
    }
}
