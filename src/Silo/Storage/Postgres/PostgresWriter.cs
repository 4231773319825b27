using System.Data;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Inkan.Silo.Storage.Postgres;

/// <summary>
/// One partition's writer connection and its prepared batches. A storage batch is one transaction in two round
/// trips: lock, update and insert the rows (conflicts come back as batch indexes), then append the successful rows'
/// log entries and commit. Conflicting rows' stored versions are read inside the transaction, before the commit, so
/// nothing after the commit can fail a batch that committed. A deadlock, a serialization failure or a connection lost before the commit was sent
/// rolls back and tries the whole batch again.
/// </summary>
internal sealed class PostgresWriter(NpgsqlDataSource dataSource, int maxAttempts, ILogger logger) : IDisposable
{
    private readonly PostgresBatchData _data = new();
    private readonly HashSet<int> _conflicts = [];
    private readonly Dictionary<int, long> _foundVersions = [];
    private NpgsqlConnection? _connection;
    private NpgsqlBatch? _writeRows;
    private NpgsqlBatch? _commitWithLogs;
    private NpgsqlBatch? _commit;

    /// <summary>Stores the rows in one transaction; rows whose version does not match are marked and store nothing.</summary>
    public void Commit(IReadOnlyList<BatchRow> rows)
    {
        _data.Fill(rows);
        for (var attempt = 1; ; attempt++)
        {
            var commitSent = false;
            try
            {
                CommitOnce(rows, ref commitSent);
                return;
            }
            catch (NpgsqlException ex) when (attempt < maxAttempts && IsRetryable(ex, commitSent))
            {
                StorageLog.BatchRetried(logger, attempt, ex);
                Rollback(ex);
            }
            catch (Exception ex)
            {
                Rollback(ex);
                throw;
            }
        }
    }

    public void Dispose() => Drop();

    private void CommitOnce(IReadOnlyList<BatchRow> rows, ref bool commitSent)
    {
        Connect();
        _conflicts.Clear();
        using (var reader = _writeRows!.ExecuteReader())
        {
            do
            {
                if (reader.FieldCount == 1 && reader.GetName(0) == "conflict")
                {
                    while (reader.Read())
                    {
                        _conflicts.Add(reader.GetInt32(0));
                    }
                }
            }
            while (reader.NextResult());
        }

        ReadFoundVersions(rows);
        var commit = _data.FillLogs(rows, _conflicts) > 0 ? _commitWithLogs! : _commit!;
        commitSent = true;
        commit.ExecuteNonQuery();
        foreach (var index in _conflicts)
        {
            rows[index].MarkConflict(_foundVersions.GetValueOrDefault(index));
        }
    }

    /// <summary>
    /// A deadlock or serialization failure rolled the transaction back; a connection lost before the commit was sent
    /// cannot have committed it. Both are safe to run again (on a new connection). A connection lost during the
    /// commit leaves the outcome in doubt, so that batch fails.
    /// </summary>
    private bool IsRetryable(NpgsqlException exception, bool commitSent)
        => exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure }
            || (!commitSent && ConnectionLost);

    private bool ConnectionLost
        => _connection is null || _connection.FullState is ConnectionState.Closed || _connection.FullState.HasFlag(ConnectionState.Broken);

    private void ReadFoundVersions(IReadOnlyList<BatchRow> rows)
    {
        _foundVersions.Clear();
        if (_conflicts.Count == 0)
        {
            return;
        }

        using var command = new NpgsqlCommand(PostgresSql.FoundVersions, _connection);
        command.Parameters.Add(Array(NpgsqlDbType.Integer, _conflicts.ToList()));
        command.Parameters.Add(Array(NpgsqlDbType.Text, _conflicts.Select(i => rows[i].StateType).ToList()));
        command.Parameters.Add(Array(NpgsqlDbType.Text, _conflicts.Select(i => rows[i].Key).ToList()));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            _foundVersions[reader.GetInt32(0)] = reader.GetInt64(1);
        }
    }

    private void Connect()
    {
        if (_connection is not null)
        {
            return;
        }

        _connection = dataSource.OpenConnection();
        try
        {
            using (var session = new NpgsqlCommand(PostgresSql.WriterSession, _connection))
            {
                session.ExecuteNonQuery();
            }

            PrepareBatches();
        }
        catch
        {
            Drop();
            throw;
        }
    }

    private void PrepareBatches()
    {
        _writeRows = Batch(
            new NpgsqlBatchCommand("BEGIN"),
            Command(PostgresSql.LockRows, Array(NpgsqlDbType.Text, _data.UpdateType), Array(NpgsqlDbType.Text, _data.UpdateKey)),
            Command(
                PostgresSql.UpdateRows,
                Array(NpgsqlDbType.Integer, _data.UpdateIndex),
                Array(NpgsqlDbType.Text, _data.UpdateType),
                Array(NpgsqlDbType.Text, _data.UpdateKey),
                Array(NpgsqlDbType.Bigint, _data.UpdateExpected),
                Array(NpgsqlDbType.Bigint, _data.UpdateVersion),
                Array(NpgsqlDbType.Bytea, _data.UpdatePayload)),
            Command(
                PostgresSql.InsertRows,
                Array(NpgsqlDbType.Integer, _data.InsertIndex),
                Array(NpgsqlDbType.Text, _data.InsertType),
                Array(NpgsqlDbType.Text, _data.InsertKey),
                Array(NpgsqlDbType.Bigint, _data.InsertVersion),
                Array(NpgsqlDbType.Bytea, _data.InsertPayload)));
        _commitWithLogs = Batch(
            Command(PostgresSql.LockLogs, Array(NpgsqlDbType.Text, _data.LogNames)),
            Command(PostgresSql.AppendLogs, Array(NpgsqlDbType.Text, _data.LogNames), Array(NpgsqlDbType.Text, _data.LogPayloads)),
            new NpgsqlBatchCommand("COMMIT"));
        _commit = Batch(new NpgsqlBatchCommand("COMMIT"));
    }

    private NpgsqlBatch Batch(params NpgsqlBatchCommand[] commands)
    {
        var batch = new NpgsqlBatch(_connection);
        foreach (var command in commands)
        {
            batch.BatchCommands.Add(command);
        }

        batch.Prepare();
        return batch;
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter Array<T>(NpgsqlDbType elementType, List<T> values)
        => new() { NpgsqlDbType = NpgsqlDbType.Array | elementType, Value = values };

    /// <summary>
    /// Ends a failed transaction; a connection that cannot even do that, or that reached a read-only server, is dropped
    /// and reopened for the next batch.
    /// </summary>
    private void Rollback(Exception failure)
    {
        if (_connection is null)
        {
            return;
        }

        // The server went away or restarted, or this connection reached a standby (a failover's old primary, or the
        // address before the new primary took it over): the pool's idle connections are no better than this one.
        if (ConnectionLost || failure is PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction })
        {
            Drop();
            dataSource.Clear();
            return;
        }

        try
        {
            using var rollback = new NpgsqlCommand("ROLLBACK", _connection);
            rollback.ExecuteNonQuery();
        }
#pragma warning disable CA1031 // The connection is broken; the batch's own error is what the writers get.
        catch (Exception)
#pragma warning restore CA1031
        {
            Drop();
        }
    }

    private void Drop()
    {
        _writeRows?.Dispose();
        _commitWithLogs?.Dispose();
        _commit?.Dispose();
        _connection?.Dispose();
        (_connection, _writeRows, _commitWithLogs, _commit) = (null, null, null, null);
    }
}
