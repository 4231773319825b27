using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Postgres;
using Inkan.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The storage contract on <see cref="PostgresGrainStorage"/> with several partitions, on a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGrainStorageTests(PostgresCluster cluster) : SharedDatabaseContractTests
{
    [Fact]
    public async Task InitializeAsync_NewDatabase_RecordsSchemaVersionOne()
    {
        var database = await NewDatabaseAsync();
        await OpenAsync(database);

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT array_agg(version) FROM inkan_schema", connection);
        var versions = (int[])(await command.ExecuteScalarAsync())!;
        Assert.Equal([1], versions);
    }

    [Fact]
    public async Task ReadAsync_ManyAtOnce_EachGetsItsOwnStateFromFewerQueries()
    {
        var (storage, metrics) = await OpenAsync(await NewDatabaseAsync());
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => storage.WriteAsync(Write("k" + i, 0, "v" + i))));

        var reads = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => ReadAsync(storage, "k" + i)));

        Assert.All(reads.Take(200).Select((read, i) => (read, i)), r => Assert.Equal(Text(Json("v" + r.i)), Text(r.read.Payload)));
        Assert.All(reads.Skip(200), read => Assert.False(read.RecordExists));
        Assert.Equal(400, metrics.ReadBatchSizes.Sum());
        Assert.True(metrics.ReadBatchSizes.Length < 400, $"{metrics.ReadBatchSizes.Length} queries for 400 reads");
    }

    [Fact]
    public async Task ReadAsync_QueryFails_FailsItsReadsAndLaterReadsSucceed()
    {
        var database = await NewDatabaseAsync();
        var (storage, _) = await OpenAsync(database);
        await storage.WriteAsync(Write("a", 0, "v"));
        await using var admin = new NpgsqlConnection(database);
        await admin.OpenAsync();

        await ExecuteAsync(admin, "ALTER TABLE grain_state RENAME TO grain_state_away");
        var failed = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Record.ExceptionAsync(() => ReadAsync(storage, "a"))));
        await ExecuteAsync(admin, "ALTER TABLE grain_state_away RENAME TO grain_state");

        Assert.All(failed, e => Assert.IsType<PostgresException>(e));
        Assert.Equal(1, (await ReadAsync(storage, "a")).Version);
    }

    protected override Task<string> NewDatabaseAsync() => cluster.CreateDatabaseAsync(nameof(PostgresGrainStorageTests));

    protected override Task<string> SharedDatabaseAsync() => cluster.DatabaseForAsync(GetType());

    protected override BatchingGrainStorage Create(string database, SiloMetrics metrics)
        => new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = database, Partitions = 4 }, NullLogger<PostgresGrainStorage>.Instance, metrics);

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
