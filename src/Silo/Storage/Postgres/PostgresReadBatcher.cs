using Inkan.Silo.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Inkan.Silo.Storage.Postgres;

/// <summary>
/// Reads grain states with one query for all the reads waiting, as the writer stores rows. A read that finds no query
/// running starts one at once; reads that arrive while a query runs go together in the next. Under load a query
/// per read had cost PostgreSQL, the kernel and Npgsql more CPU than anything but the writer.
/// </summary>
internal sealed class PostgresReadBatcher(NpgsqlDataSource dataSource, int maxBatchSize, SiloMetrics metrics)
{
    private readonly Lock _lock = new();
    private List<PendingRead> _waiting = [];
    private bool _running;

    /// <summary>The stored state of <paramref name="key"/>; cancelling stops the wait, not the query it is part of.</summary>
    public Task<StoredState> ReadAsync(string stateType, string key, CancellationToken cancellationToken)
    {
        var read = new PendingRead(stateType, key);
        bool start;
        lock (_lock)
        {
            _waiting.Add(read);
            start = !_running;
            _running = true;
        }

        if (start)
        {
            _ = Task.Run(DrainAsync, CancellationToken.None);
        }

        return read.Completion.Task.WaitAsync(cancellationToken);
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            List<PendingRead> batch;
            lock (_lock)
            {
                if (_waiting.Count == 0)
                {
                    _running = false;
                    return;
                }

                if (_waiting.Count <= maxBatchSize)
                {
                    batch = _waiting;
                    _waiting = [];
                }
                else
                {
                    batch = _waiting.GetRange(0, maxBatchSize);
                    _waiting.RemoveRange(0, maxBatchSize);
                }
            }

            try
            {
                await QueryAsync(batch).ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Every reader of the batch gets the failure, and the next batch runs.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var read in batch)
                {
                    read.Completion.TrySetException(ex);
                }
            }
        }
    }

    private async Task QueryAsync(List<PendingRead> batch)
    {
        metrics.ReadBatchSize.Record(batch.Count);
        await using var command = batch.Count == 1 ? One(batch[0]) : Many(batch);
        var found = new StoredState?[batch.Count];
        await using (var reader = await command.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                found[reader.GetInt32(0)] = new StoredState(reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2));
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Completion.TrySetResult(found[i] ?? StoredState.None);
        }
    }

    private NpgsqlCommand One(PendingRead read)
    {
        var command = dataSource.CreateCommand(PostgresSql.ReadState);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = read.StateType });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = read.Key });
        return command;
    }

    private NpgsqlCommand Many(List<PendingRead> batch)
    {
        var command = dataSource.CreateCommand(PostgresSql.ReadStates);
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = batch.ConvertAll(r => r.StateType) });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text, Value = batch.ConvertAll(r => r.Key) });
        return command;
    }

    private sealed class PendingRead(string stateType, string key)
    {
        public string StateType { get; } = stateType;

        public string Key { get; } = key;

        public TaskCompletionSource<StoredState> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
