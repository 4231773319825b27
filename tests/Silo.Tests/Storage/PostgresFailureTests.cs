using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Postgres;
using Inkan.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Inkan.Silo.Tests.Storage;

/// <summary>What the PostgreSQL writer does when the database kills its transaction or its connection.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresFailureTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly SiloMetrics _metrics = new();
    private string _database = "";
    private PostgresGrainStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _database = await cluster.CreateDatabaseAsync(nameof(PostgresFailureTests));
        _storage = new(new PostgresStorageOptions { ConnectionString = _database, Partitions = 1 }, NullLogger<PostgresGrainStorage>.Instance, _metrics);
        await _storage.InitializeAsync(CancellationToken.None);
        await Task.WhenAll(_storage.WriteAsync(Write("a", 0)), _storage.WriteAsync(Write("b", 0)));
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        _metrics.Dispose();
    }

    [Fact]
    public async Task WriteAsync_WriterConnectionKilledBetweenBatches_RetriesOnANewConnection()
    {
        await using (var admin = await OpenAsync())
        {
            await using var kill = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid, 10000)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", admin);
            Assert.True((long)(await kill.ExecuteScalarAsync())! >= 1);
        }

        Assert.Equal(2, await _storage.WriteAsync(Write("a", 1)));
        Assert.Equal(2, (await _storage.ReadAsync("t", "a", CancellationToken.None)).Version);
    }

    [Fact]
    public async Task WriteAsync_WriterReconnectedToAReadOnlyServer_FailsThatBatchAndReconnectsForTheNext()
    {
        // During a failover a reconnecting writer can reach a standby (read-only) before the new primary has taken over
        // its address. Here every new session of the database is read-only until the setting is reset.
        var database = new NpgsqlConnectionStringBuilder(_database).Database;
        await using var admin = await OpenAsync();
        await ExecuteAsync(admin, $"ALTER DATABASE \"{database}\" SET default_transaction_read_only = on");
        await ExecuteAsync(admin, "SELECT count(pg_terminate_backend(pid, 10000)) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");

        var readOnly = await Assert.ThrowsAsync<PostgresException>(() => _storage.WriteAsync(Write("a", 1)));
        await ExecuteAsync(admin, $"ALTER DATABASE \"{database}\" RESET default_transaction_read_only");

        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, readOnly.SqlState);
        Assert.Equal(2, await _storage.WriteAsync(Write("a", 1)));
    }

    [Fact]
    public async Task WriteAsync_BatchChosenAsDeadlockVictim_IsRetriedAndCommits()
    {
        await using var other = await OpenAsync();

        // This session checks for deadlocks only after a minute, so the batch (1 s, the default) is always the
        // one PostgreSQL aborts, however loaded the machine is.
        await ExecuteAsync(other, "SET deadlock_timeout = '60s'");
        await using var transaction = await other.BeginTransactionAsync();
        await ExecuteAsync(other, "SELECT 1 FROM grain_state WHERE key = 'b' FOR UPDATE");

        var (a, b) = WriteAAndBInOneBatch(expectedA: 1);

        await WaitUntilBackendsWaitForALockAsync(1);
        // The batch holds a and waits for b; this waits for a: a cycle. PostgreSQL aborts the batch, which must run
        // again after this commits.
        await ExecuteAsync(other, "UPDATE grain_state SET payload = payload WHERE key = 'a'");
        await transaction.CommitAsync();

        Assert.Equal((2L, 2L), (await a, await b));
    }

    [Fact]
    public async Task WriteAsync_ConnectionLostRightAfterCommittingABatchWithAConflict_AcknowledgesTheCommittedRow()
    {
        await using var rowHolder = await OpenAsync();
        await using var rowLock = await rowHolder.BeginTransactionAsync();
        await ExecuteAsync(rowHolder, "SELECT 1 FROM grain_state WHERE key = 'b' FOR UPDATE");

        var (stale, fresh) = WriteAAndBInOneBatch(expectedA: 0);

        await WaitUntilBackendsWaitForALockAsync(1);
        // Queued while the batch waits for b, this table lock is granted the moment the batch commits; any statement
        // the writer still sends after its commit then waits for it, and the test cuts the connection there.
        await using var tableHolder = await OpenAsync();
        await using var tableLock = await tableHolder.BeginTransactionAsync();
        var locking = ExecuteAsync(tableHolder, "LOCK TABLE grain_state IN ACCESS EXCLUSIVE MODE");
        await WaitUntilBackendsWaitForALockAsync(2);
        await rowLock.CommitAsync();
        await locking;
        await TerminateTheWriterIfItWaitsAfterItsCommitAsync(fresh);
        await tableLock.RollbackAsync();

        Assert.Equal(2, await fresh);
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        Assert.Contains("expected version 0, found 1", conflict.Message, StringComparison.Ordinal);
    }

    private (Task<long> A, Task<long> B) WriteAAndBInOneBatch(long expectedA)
    {
        using (_storage.HoldBatches())
        {
            return (_storage.WriteAsync(Write("a", expectedA)), _storage.WriteAsync(Write("b", 1)));
        }
    }

    private static StateWrite Write(string key, long expected) => new("t", key, expected, [(byte)'{', (byte)'}']);

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database) { Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    private async Task WaitUntilBackendsWaitForALockAsync(int backends)
    {
        await using var monitor = await OpenAsync();
        await using var waiting = new NpgsqlCommand(WaitingForALock("count(*)"), monitor);
        for (var polls = 0; (long)(await waiting.ExecuteScalarAsync())! < backends; polls++)
        {
            Assert.True(polls < 1_000, $"fewer than {backends} backends ever waited for a lock");
            await Task.Delay(5);
        }
    }

    private async Task TerminateTheWriterIfItWaitsAfterItsCommitAsync(Task acknowledged)
    {
        await using var monitor = await OpenAsync();
        await using var terminate = new NpgsqlCommand(WaitingForALock("count(pg_terminate_backend(pid, 10000))"), monitor);
        for (var polls = 0; !acknowledged.IsCompleted && (long)(await terminate.ExecuteScalarAsync())! == 0; polls++)
        {
            Assert.True(polls < 1_000, "the write was neither acknowledged nor waiting");
            await Task.Delay(5);
        }
    }

    private static string WaitingForALock(string select)
        => $"SELECT {select} FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
