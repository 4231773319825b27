using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>
/// A statement of the writer, prepared once and run through SQLite's own API: binding, stepping and resetting
/// allocate nothing, where a <see cref="SqliteCommand"/> allocates a binder, a reader, an enumerator and a stopwatch
/// on every run, on the writer thread that every durable write waits for.
/// </summary>
internal sealed class SqliteRawStatement : IDisposable
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;

    public SqliteRawStatement(SqliteConnection connection, string sql)
    {
        _database = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
    }

    /// <summary>The index of the parameter <paramref name="name"/> (such as <c>$k</c>), or 0 when the SQL has none.</summary>
    public int ParameterIndex(string name) => raw.sqlite3_bind_parameter_index(_statement, name);

    public void BindText(int index, string value) => Check(raw.sqlite3_bind_text16(_statement, index, value.AsSpan()));

    public void BindInt64(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void BindBlobOrNull(int index, byte[]? value)
        => Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_blob(_statement, index, value.AsSpan()));

    /// <summary>Runs the statement to its end and resets it; returns the rows it changed.</summary>
    public int Execute()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            if (result != raw.SQLITE_DONE)
            {
                Check(result);
            }

            return raw.sqlite3_changes(_database);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_database).utf8_to_string(), result);
        }
    }
}
