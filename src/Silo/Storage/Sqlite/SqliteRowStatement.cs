using Microsoft.Data.Sqlite;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>A prepared statement over one batch row's type (<c>$t</c>), key (<c>$k</c>), new version (<c>$v</c>), payload (<c>$p</c>) and, when the SQL uses it, expected version (<c>$e</c>).</summary>
internal sealed class SqliteRowStatement
{
    private readonly SqliteParameter _stateType;
    private readonly SqliteParameter _key;
    private readonly SqliteParameter _newVersion;
    private readonly SqliteParameter _payload;
    private readonly SqliteParameter? _expectedVersion;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        var parameters = new List<(string, SqliteType)> { ("$t", SqliteType.Text), ("$k", SqliteType.Text), ("$v", SqliteType.Integer), ("$p", SqliteType.Blob) };
        if (sql.Contains("$e", StringComparison.Ordinal))
        {
            parameters.Add(("$e", SqliteType.Integer));
        }

        Command = SqliteConnections.Prepare(connection, sql, [.. parameters]);
        _stateType = Command.Parameters[0];
        _key = Command.Parameters[1];
        _newVersion = Command.Parameters[2];
        _payload = Command.Parameters[3];
        _expectedVersion = parameters.Count > 4 ? Command.Parameters[4] : null;
    }

    public SqliteCommand Command { get; }

    /// <summary>Runs the statement for <paramref name="row"/>; returns the rows changed (0: the version did not match).</summary>
    public int Execute(BatchRow row)
    {
        _stateType.Value = row.StateType;
        _key.Value = row.Key;
        _newVersion.Value = row.NewVersion;
        _payload.Value = (object?)row.Payload ?? DBNull.Value;
        _expectedVersion?.Value = row.ExpectedVersion;
        return Command.ExecuteNonQuery();
    }
}
