namespace Inkan.Silo.Storage.Postgres;

/// <summary>The columns of one batch as arrays for <c>unnest</c>: rows to update, rows to insert, log entries. Reused across batches.</summary>
internal sealed class PostgresBatchData
{
    public List<int> UpdateIndex { get; } = [];
    public List<string> UpdateType { get; } = [];
    public List<string> UpdateKey { get; } = [];
    public List<long> UpdateExpected { get; } = [];
    public List<long> UpdateVersion { get; } = [];
    public List<byte[]?> UpdatePayload { get; } = [];

    public List<int> InsertIndex { get; } = [];
    public List<string> InsertType { get; } = [];
    public List<string> InsertKey { get; } = [];
    public List<long> InsertVersion { get; } = [];
    public List<byte[]?> InsertPayload { get; } = [];

    public List<string> LogNames { get; } = [];
    public List<string> LogPayloads { get; } = [];

    /// <summary>Splits the rows into updates (a version is expected) and inserts (no row expected).</summary>
    public void Fill(IReadOnlyList<BatchRow> rows)
    {
        foreach (var list in new System.Collections.IList[] { UpdateIndex, UpdateType, UpdateKey, UpdateExpected, UpdateVersion, UpdatePayload, InsertIndex, InsertType, InsertKey, InsertVersion, InsertPayload })
        {
            list.Clear();
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.ExpectedVersion == 0)
            {
                InsertIndex.Add(i);
                InsertType.Add(row.StateType);
                InsertKey.Add(row.Key);
                InsertVersion.Add(row.NewVersion);
                InsertPayload.Add(row.Payload);
            }
            else
            {
                UpdateIndex.Add(i);
                UpdateType.Add(row.StateType);
                UpdateKey.Add(row.Key);
                UpdateExpected.Add(row.ExpectedVersion);
                UpdateVersion.Add(row.NewVersion);
                UpdatePayload.Add(row.Payload);
            }
        }
    }

    /// <summary>Collects the log entries of the rows that did not conflict, in row order; returns their count.</summary>
    public int FillLogs(IReadOnlyList<BatchRow> rows, HashSet<int> conflicts)
    {
        LogNames.Clear();
        LogPayloads.Clear();
        for (var i = 0; i < rows.Count; i++)
        {
            if (conflicts.Contains(i))
            {
                continue;
            }

            foreach (var append in rows[i].LogAppends)
            {
                LogNames.Add(append.Log);
                LogPayloads.Add(append.Payload);
            }
        }

        return LogNames.Count;
    }
}
