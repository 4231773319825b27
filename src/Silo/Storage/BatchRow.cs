namespace Inkan.Silo.Storage;

/// <summary>
/// One row of a batch: the writes of one sequence to one (state type, key), collapsed. The provider stores
/// <see cref="Payload"/> as <see cref="NewVersion"/> only if the stored version is <see cref="ExpectedVersion"/>
/// (0: no row), with <see cref="LogAppends"/>; otherwise it calls <see cref="MarkConflict"/>. Rows of one batch
/// are independent: each succeeds or fails as a whole, whatever the others do.
/// </summary>
public sealed class BatchRow
{
    private readonly List<PendingWrite> _writes = [];
    private readonly List<LogAppend> _logAppends = [];

    internal BatchRow()
    {
    }

    /// <summary>The state's type name.</summary>
    public string StateType => _writes[0].Write.StateType;

    /// <summary>The grain key.</summary>
    public string Key => _writes[0].Write.Key;

    /// <summary>The version the first write of the row is based on; 0 means the row must not exist.</summary>
    public long ExpectedVersion => _writes[0].Write.ExpectedVersion;

    /// <summary>The version to store: one more per collapsed write.</summary>
    public long NewVersion => ExpectedVersion + _writes.Count;

    /// <summary>The payload of the last write (null clears the record).</summary>
    public byte[]? Payload => _writes[^1].Write.Payload;

    /// <summary>Log entries of all collapsed writes, in the order queued.</summary>
    public IReadOnlyList<LogAppend> LogAppends => _writes.Count == 1 ? _writes[0].Write.LogAppends : _logAppends;

    /// <summary>Whether the provider found another version than <see cref="ExpectedVersion"/>.</summary>
    public bool IsConflict { get; private set; }

    /// <summary>The version the provider found, when <see cref="IsConflict"/>.</summary>
    public long FoundVersion { get; private set; }

    internal int WriteCount => _writes.Count;

    internal WriteSequence Sequence => _writes[0].Write.Sequence;

    /// <summary>Records that the stored version was <paramref name="foundVersion"/>, so nothing of the row was stored.</summary>
    public void MarkConflict(long foundVersion)
    {
        IsConflict = true;
        FoundVersion = foundVersion;
    }

    internal void Start(PendingWrite write) => _writes.Add(write);

    internal void Append(PendingWrite write)
    {
        if (_writes.Count == 1)
        {
            _logAppends.AddRange(_writes[0].Write.LogAppends);
        }

        _writes.Add(write);
        _logAppends.AddRange(write.Write.LogAppends);
    }

    /// <summary>Completes the writers: each with its own new version, or the first with the conflict and the rest unexecuted.</summary>
    internal void Complete()
    {
        if (!IsConflict)
        {
            for (var i = 0; i < _writes.Count; i++)
            {
                _writes[i].TrySetResult(ExpectedVersion + i + 1);
            }

            return;
        }

        var conflict = StorageErrors.Conflict(StateType, Key, ExpectedVersion, FoundVersion);
        Sequence.Fail(conflict);
        _writes[0].TrySetException(conflict);
        for (var i = 1; i < _writes.Count; i++)
        {
            _writes[i].FailUnexecuted(conflict);
        }
    }

    internal void Fail(Exception failure)
    {
        Sequence.Fail(failure);
        foreach (var write in _writes)
        {
            write.TrySetException(failure);
        }
    }

    internal void Reset()
    {
        _writes.Clear();
        _logAppends.Clear();
        IsConflict = false;
        FoundVersion = 0;
    }
}
