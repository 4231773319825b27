using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Postgres;
using Inkan.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Inkan.Silo.Tests.Storage;

/// <summary>The storage contract on <see cref="PostgresGrainStorage"/> with several partitions, on a real PostgreSQL.</summary>
[Collection(PostgresCluster.Collection)]
public sealed class PostgresGrainStorageTests(PostgresCluster cluster) : GrainStorageContractTests
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

    protected override Task<string> NewDatabaseAsync() => cluster.CreateDatabaseAsync(nameof(PostgresGrainStorageTests));

    protected override Task<string> SharedDatabaseAsync() => cluster.DatabaseForAsync(GetType());

    protected override BatchingGrainStorage Create(string database, SiloMetrics metrics)
        => new PostgresGrainStorage(new PostgresStorageOptions { ConnectionString = database, Partitions = 4 }, NullLogger<PostgresGrainStorage>.Instance, metrics);
}
