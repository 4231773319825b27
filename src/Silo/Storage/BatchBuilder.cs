namespace Inkan.Silo.Storage;

/// <summary>
/// Forms a batch from queued writes so that its rows are independent: a write joins the batch as a new row,
/// collapses into its sequence's row of the same key when it continues its version chain, or else waits for the
/// next batch (with every later write of its sequence). So each key and each sequence has at most one row per batch,
/// and one row is all-or-nothing. Writes of an already failed sequence fail here, unexecuted.
/// </summary>
internal sealed class BatchBuilder
{
    private readonly Dictionary<(string StateType, string Key), BatchRow> _byKey = [];
    private readonly Dictionary<WriteSequence, BatchRow> _bySequence = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<WriteSequence> _deferred = new(ReferenceEqualityComparer.Instance);
    private readonly List<BatchRow> _spareRows = [];
    private List<PendingWrite> _carry = [];
    private List<PendingWrite> _nextCarry = [];

    /// <summary>The rows of the batch built last.</summary>
    public List<BatchRow> Rows { get; } = [];

    /// <summary>Writes in <see cref="Rows"/>.</summary>
    public int WriteCount { get; private set; }

    /// <summary>Writes left over for the next batch.</summary>
    public int CarryCount => _carry.Count;

    /// <summary>Builds the next batch from the writes left over, then <paramref name="taken"/>, in queue order.</summary>
    public void Build(List<PendingWrite> taken)
    {
        foreach (var write in _carry)
        {
            Add(write);
        }

        foreach (var write in taken)
        {
            Add(write);
        }

        _carry.Clear();
        (_carry, _nextCarry) = (_nextCarry, _carry);
        _byKey.Clear();
        _bySequence.Clear();
        _deferred.Clear();
    }

    /// <summary>Returns the rows of the last batch for reuse.</summary>
    public void Recycle()
    {
        foreach (var row in Rows)
        {
            row.Reset();
        }

        _spareRows.AddRange(Rows);
        Rows.Clear();
        WriteCount = 0;
    }

    private void Add(PendingWrite pending)
    {
        var write = pending.Write;
        if (write.Sequence.Failure is { } failure)
        {
            pending.FailUnexecuted(failure);
            return;
        }

        if (_deferred.Contains(write.Sequence))
        {
            _nextCarry.Add(pending);
            return;
        }

        var key = (write.StateType, write.Key);
        var hasKeyRow = _byKey.TryGetValue(key, out var keyRow);
        var hasSequenceRow = _bySequence.TryGetValue(write.Sequence, out var sequenceRow);
        if (!hasKeyRow && !hasSequenceRow)
        {
            var row = NewRow();
            row.Start(pending);
            _byKey.Add(key, row);
            _bySequence.Add(write.Sequence, row);
            WriteCount++;
        }
        else if (keyRow is not null && ReferenceEquals(keyRow, sequenceRow) && write.ExpectedVersion == keyRow.NewVersion)
        {
            keyRow.Append(pending);
            WriteCount++;
        }
        else
        {
            _deferred.Add(write.Sequence);
            _nextCarry.Add(pending);
        }
    }

    private BatchRow NewRow()
    {
        BatchRow row;
        if (_spareRows.Count > 0)
        {
            row = _spareRows[^1];
            _spareRows.RemoveAt(_spareRows.Count - 1);
        }
        else
        {
            row = new BatchRow();
        }

        Rows.Add(row);
        return row;
    }
}
