using Microsoft.Data.Sqlite;

namespace Inkan.Grains.Tests.Support;

/// <summary>A temporary data directory for a SQLite silo, with raw access to its database for tampering.</summary>
internal sealed class SqliteDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("inkan-grains-").FullName;

    /// <summary>Runs <paramref name="sql"/> against the silo's database file (the silo must be stopped).</summary>
    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection($"Data Source={System.IO.Path.Combine(Path, "silo.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>A new directory with a copy of the database and its WAL as they are on the disk now.</summary>
    public SqliteDirectory Copy()
    {
        var copy = new SqliteDirectory();
        foreach (var file in new[] { "silo.db", "silo.db-wal" })
        {
            File.Copy(System.IO.Path.Combine(Path, file), System.IO.Path.Combine(copy.Path, file));
        }

        return copy;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
