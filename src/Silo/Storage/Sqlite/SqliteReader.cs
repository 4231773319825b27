using Microsoft.Data.Sqlite;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>A read connection (separate from the writer's, so reads never wait for a commit) with its prepared queries.</summary>
internal sealed class SqliteReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _readState;
    private readonly SqliteCommand _readLog;
    private readonly SqliteCommand _readLogTail;

    public SqliteReader(SqliteConnection connection)
    {
        _connection = connection;

        // Reads through a memory map: the OS's page cache without a read() system call and a copy for every page.
        SqliteConnections.Execute(connection, "PRAGMA mmap_size = 1073741824");
        _readState = SqliteConnections.Prepare(connection, "SELECT version, payload FROM grain_state WHERE state_type = $t AND key = $k", ("$t", SqliteType.Text), ("$k", SqliteType.Text));
        _readLog = SqliteConnections.Prepare(
            connection,
            "SELECT id, payload FROM grain_log WHERE log = $l AND id > $a ORDER BY id LIMIT $n",
            ("$l", SqliteType.Text),
            ("$a", SqliteType.Integer),
            ("$n", SqliteType.Integer));
        _readLogTail = SqliteConnections.Prepare(
            connection,
            "SELECT id, payload FROM grain_log WHERE log = $l ORDER BY id DESC LIMIT $n",
            ("$l", SqliteType.Text),
            ("$n", SqliteType.Integer));
    }

    public StoredState ReadState(string stateType, string key)
    {
        _readState.Parameters[0].Value = stateType;
        _readState.Parameters[1].Value = key;
        using var reader = _readState.ExecuteReader();
        return reader.Read()
            ? new StoredState(reader.GetInt64(0), reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1))
            : StoredState.None;
    }

    public List<LogEntry> ReadLog(string log, long afterId, int maxCount)
    {
        _readLog.Parameters[0].Value = log;
        _readLog.Parameters[1].Value = afterId;
        _readLog.Parameters[2].Value = maxCount;
        return Entries(_readLog, log);
    }

    public List<LogEntry> ReadLogTail(string log, int maxCount)
    {
        _readLogTail.Parameters[0].Value = log;
        _readLogTail.Parameters[1].Value = maxCount;
        return Entries(_readLogTail, log);
    }

    public void Dispose()
    {
        _readState.Dispose();
        _readLog.Dispose();
        _readLogTail.Dispose();
        _connection.Dispose();
    }

    private static List<LogEntry> Entries(SqliteCommand query, string log)
    {
        using var reader = query.ExecuteReader();
        var entries = new List<LogEntry>();
        while (reader.Read())
        {
            entries.Add(new LogEntry(reader.GetInt64(0), log, reader.GetString(1)));
        }

        return entries;
    }
}
