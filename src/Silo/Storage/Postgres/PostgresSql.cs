namespace Inkan.Silo.Storage.Postgres;

/// <summary>The statements of a PostgreSQL batch. Each takes whole columns as arrays, so its text (and plan) is the same for every batch.</summary>
internal static class PostgresSql
{
    /// <summary>
    /// The writer connection's settings: each prepared statement is planned once (planning every batch was a tenth
    /// of the machine's CPU under load), and without sequential scans, so that a plan made while
    /// <c>grain_state</c> was small still takes the primary key once the table has grown.
    /// </summary>
    public const string WriterSession = "SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off";

    /// <summary>Locks the existing rows to update in key order, so that two nodes' batches cannot deadlock on them.</summary>
    public const string LockRows = """
        SELECT count(*) AS locked FROM (
            SELECT 1 FROM grain_state g JOIN unnest($1::text[], $2::text[]) AS u(t, k) ON g.state_type = u.t AND g.key = u.k
            ORDER BY g.state_type, g.key FOR UPDATE OF g) AS l
        """;

    /// <summary>Updates the rows whose version matches; returns the batch indexes of those that did not.</summary>
    public const string UpdateRows = """
        WITH done AS (
            UPDATE grain_state g SET version = u.v, payload = u.p
            FROM unnest($1::int[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::bytea[]) AS u(i, t, k, e, v, p)
            WHERE g.state_type = u.t AND g.key = u.k AND g.version = u.e
            RETURNING u.i)
        SELECT i AS conflict FROM unnest($1::int[]) AS a(i) WHERE NOT EXISTS (SELECT 1 FROM done WHERE done.i = a.i)
        """;

    /// <summary>Inserts the new rows in key order unless a row exists (or a concurrent insert commits first); returns the batch indexes of those not inserted.</summary>
    public const string InsertRows = """
        WITH done AS (
            INSERT INTO grain_state (state_type, key, version, payload)
            SELECT t, k, v, p FROM unnest($2::text[], $3::text[], $4::bigint[], $5::bytea[]) AS u(t, k, v, p) ORDER BY t, k
            ON CONFLICT DO NOTHING
            RETURNING state_type, key)
        SELECT u.i AS conflict FROM unnest($1::int[], $2::text[], $3::text[]) AS u(i, t, k)
        WHERE NOT EXISTS (SELECT 1 FROM done WHERE done.state_type = u.t AND done.key = u.k)
        """;

    /// <summary>
    /// Takes the advisory lock of each appended log's slot, in slot order, until commit: appends to one log then
    /// commit in id order, so a reader that follows a log by id never skips an entry that commits later.
    /// </summary>
    /// <remarks>
    /// A log's slot is its name's hash modulo 256, so a batch holds at most 256 locks however many logs it appends
    /// to (every token has its own audit log; one lock per log could exhaust PostgreSQL's lock table). The locks
    /// live in the two-key space, class 1231973217 ("Inka"), apart from the schema lock.
    /// </remarks>
    public const string LockLogs = """
        SELECT pg_advisory_xact_lock(1231973217, h)
        FROM (SELECT DISTINCT hashtext(l) & 255 AS h FROM unnest($1::text[]) AS l ORDER BY 1) AS s
        """;

    /// <summary>Appends log entries in the order given; their ids come from the identity in that order.</summary>
    public const string AppendLogs = """
        INSERT INTO grain_log (log, payload)
        SELECT l, p FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(l, p, o) ORDER BY o
        """;

    /// <summary>The stored versions of conflicting rows, for their writers' error messages.</summary>
    public const string FoundVersions = """
        SELECT u.i, g.version FROM unnest($1::int[], $2::text[], $3::text[]) AS u(i, t, k)
        JOIN grain_state g ON g.state_type = u.t AND g.key = u.k
        """;

    /// <summary>One state: its index in the read batch (0), version and payload, or no row.</summary>
    public const string ReadState = "SELECT 0, version, payload FROM grain_state WHERE state_type = $1 AND key = $2";

    /// <summary>The states of a read batch, each with its index in the batch; a state not stored has no row.</summary>
    public const string ReadStates = """
        SELECT (u.i - 1)::int, g.version, g.payload FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u(t, k, i)
        JOIN grain_state g ON g.state_type = u.t AND g.key = u.k
        """;

    public const string ReadLog = "SELECT id, payload FROM grain_log WHERE log = $1 AND id > $2 ORDER BY id LIMIT $3";

    public const string ReadLogTail = "SELECT id, payload FROM grain_log WHERE log = $1 ORDER BY id DESC LIMIT $2";
}
