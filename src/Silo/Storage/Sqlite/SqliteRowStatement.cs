using Microsoft.Data.Sqlite;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>A prepared statement over one batch row's type (<c>$t</c>), key (<c>$k</c>), new version (<c>$v</c>), payload (<c>$p</c>) and, when the SQL uses it, expected version (<c>$e</c>).</summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly SqliteRawStatement _statement;
    private readonly int _stateType;
    private readonly int _key;
    private readonly int _newVersion;
    private readonly int _payload;
    private readonly int _expectedVersion;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        _statement = new SqliteRawStatement(connection, sql);
        _stateType = _statement.ParameterIndex("$t");
        _key = _statement.ParameterIndex("$k");
        _newVersion = _statement.ParameterIndex("$v");
        _payload = _statement.ParameterIndex("$p");
        _expectedVersion = _statement.ParameterIndex("$e");
    }

    /// <summary>Runs the statement for <paramref name="row"/>; returns the rows changed (0: the version did not match).</summary>
    public int Execute(BatchRow row)
    {
        _statement.BindText(_stateType, row.StateType);
        _statement.BindText(_key, row.Key);
        _statement.BindInt64(_newVersion, row.NewVersion);
        _statement.BindBlobOrNull(_payload, row.Payload);
        if (_expectedVersion > 0)
        {
            _statement.BindInt64(_expectedVersion, row.ExpectedVersion);
        }

        return _statement.Execute();
    }

    public void Dispose() => _statement.Dispose();
}
