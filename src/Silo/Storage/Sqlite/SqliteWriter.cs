using Microsoft.Data.Sqlite;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>
/// The writer connection and its prepared statements, reused across batches. One batch is one
/// <c>BEGIN IMMEDIATE</c> … <c>COMMIT</c>; with WAL and <c>synchronous=FULL</c> the commit returns once the WAL is synced.
/// </summary>
internal sealed class SqliteWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteRowStatement _insert;
    private readonly SqliteRowStatement _update;
    private readonly SqliteCommand _readVersion;
    private readonly SqliteRawStatement _appendLog;

    public SqliteWriter(SqliteConnection connection)
    {
        _connection = connection;

        // The writer walks the B-trees of every row it stores: with SQLite's default 2 MB cache it re-reads their
        // pages from the OS for each batch once the database outgrows it.
        SqliteConnections.Execute(connection, "PRAGMA cache_size = -65536");
        _begin = Prepare("BEGIN IMMEDIATE");
        _commit = Prepare("COMMIT");
        _insert = new SqliteRowStatement(connection, "INSERT INTO grain_state (state_type, key, version, payload) VALUES ($t, $k, $v, $p) ON CONFLICT DO NOTHING");
        _update = new SqliteRowStatement(connection, "UPDATE grain_state SET version = $v, payload = $p WHERE state_type = $t AND key = $k AND version = $e");
        _readVersion = Prepare("SELECT version FROM grain_state WHERE state_type = $t AND key = $k", ("$t", SqliteType.Text), ("$k", SqliteType.Text));
        _appendLog = new SqliteRawStatement(connection, "INSERT INTO grain_log (log, payload) VALUES (?1, ?2)");
    }

    /// <summary>Stores the rows in one transaction; a row whose version does not match is marked and stores nothing.</summary>
    public void Commit(IReadOnlyList<BatchRow> rows)
    {
        _begin.ExecuteNonQuery();
        try
        {
            foreach (var row in rows)
            {
                var statement = row.ExpectedVersion == 0 ? _insert : _update;
                if (statement.Execute(row) == 0)
                {
                    row.MarkConflict(ReadVersion(row));
                    continue;
                }

                foreach (var append in row.LogAppends)
                {
                    _appendLog.BindText(1, append.Log);
                    _appendLog.BindText(2, append.Payload);
                    _appendLog.Execute();
                }
            }

            _commit.ExecuteNonQuery();
        }
        catch
        {
            SqliteConnections.RollbackIfActive(_connection);
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var statement in new IDisposable[] { _begin, _commit, _insert, _update, _readVersion, _appendLog })
        {
            statement.Dispose();
        }

        _connection.Dispose();
    }

    private long ReadVersion(BatchRow row)
    {
        _readVersion.Parameters[0].Value = row.StateType;
        _readVersion.Parameters[1].Value = row.Key;
        return _readVersion.ExecuteScalar() is long version ? version : 0;
    }

    private SqliteCommand Prepare(string sql, params (string Name, SqliteType Type)[] parameters)
        => SqliteConnections.Prepare(_connection, sql, parameters);
}
