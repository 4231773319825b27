using Npgsql;

namespace Inkan.Silo.Storage.Postgres;

/// <summary>
/// Creates or upgrades the PostgreSQL schema in one transaction under an advisory lock, so nodes starting at
/// once take turns. Key columns use the "C" collation: byte order, the same on every node.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The schema version this build writes.</summary>
    public const int Version = 1;

    /// <summary>The advisory lock (single bigint key space) that serializes schema changes.</summary>
    private const long SchemaLock = 0x496E6B616E_0001;

    private static readonly string[] Version1 =
    [
        """
        CREATE TABLE grain_state (
            state_type text COLLATE "C" NOT NULL,
            key text COLLATE "C" NOT NULL,
            version bigint NOT NULL,
            payload bytea,
            PRIMARY KEY (state_type, key)
        ) WITH (fillfactor = 80)
        """,
        """CREATE TABLE grain_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, log text COLLATE "C" NOT NULL, payload text NOT NULL)""",
        "CREATE INDEX grain_log_by_log ON grain_log (log, id)",
        "INSERT INTO inkan_schema (version) VALUES (1)",
    ];

    /// <summary>Brings the schema to <see cref="Version"/>; returns the version found before.</summary>
    public static async Task<int> ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({SchemaLock})", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS inkan_schema (version integer NOT NULL)", cancellationToken).ConfigureAwait(false);
        await using var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM inkan_schema", connection);
        var found = (int)(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        if (found > Version)
        {
            throw new InvalidOperationException($"The database's schema version {found} is newer than this build's ({Version}).");
        }

        if (found < 1)
        {
            foreach (var sql in Version1)
            {
                await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return found;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // Constant SQL of the storage itself.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
