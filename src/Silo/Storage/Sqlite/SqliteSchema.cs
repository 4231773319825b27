using Microsoft.Data.Sqlite;

namespace Inkan.Silo.Storage.Sqlite;

/// <summary>Creates or upgrades the SQLite schema inside one <c>BEGIN IMMEDIATE</c> transaction: all of it or nothing, whatever else has the file open.</summary>
internal static class SqliteSchema
{
    /// <summary>The schema version this build writes.</summary>
    public const int Version = 1;

    private static readonly string[] Version1 =
    [
        """
        CREATE TABLE grain_state (
            state_type TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL,
            payload BLOB,
            PRIMARY KEY (state_type, key)
        ) WITHOUT ROWID
        """,
        "CREATE TABLE grain_log (id INTEGER PRIMARY KEY AUTOINCREMENT, log TEXT NOT NULL, payload TEXT NOT NULL)",
        "CREATE INDEX grain_log_by_log ON grain_log (log, id)",
        "INSERT INTO inkan_schema (version) VALUES (1)",
    ];

    /// <summary>Brings the schema to <see cref="Version"/>; returns the version found before.</summary>
    public static int Apply(SqliteConnection connection)
    {
        SqliteConnections.Execute(connection, "BEGIN IMMEDIATE");
        try
        {
            SqliteConnections.Execute(connection, "CREATE TABLE IF NOT EXISTS inkan_schema (version INTEGER NOT NULL)");
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT coalesce(max(version), 0) FROM inkan_schema";
            var found = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            if (found > Version)
            {
                throw new InvalidOperationException($"The database's schema version {found} is newer than this build's ({Version}).");
            }

            if (found < 1)
            {
                foreach (var sql in Version1)
                {
                    SqliteConnections.Execute(connection, sql);
                }
            }

            SqliteConnections.Execute(connection, "COMMIT");
            return found;
        }
        catch
        {
            SqliteConnections.RollbackIfActive(connection);
            throw;
        }
    }
}
