using Inkan.Silo.Storage.Postgres;
using Inkan.TestSupport.Postgres;
using Npgsql;

namespace Inkan.Silo.Tests.Storage;

/// <summary>
/// The PostgreSQL writer plans each statement once per connection (<see cref="PostgresSql.WriterSession"/>): a plan
/// made while <c>grain_state</c> is empty must still take the primary key once the table has grown.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresWriterPlanTests(PostgresCluster cluster)
{
    private const string LockArguments = "ARRAY['t'], ARRAY['k5']";
    private const string UpdateArguments = "ARRAY[0], ARRAY['t'], ARRAY['k5'], ARRAY[1::bigint], ARRAY[2::bigint], ARRAY['\\x00'::bytea]";

    [Theory]
    [InlineData(nameof(PostgresSql.LockRows), LockArguments)]
    [InlineData(nameof(PostgresSql.UpdateRows), UpdateArguments)]
    public async Task WriterSession_PlanMadeOnEmptyTable_TakesThePrimaryKeyAfterTheTableGrew(string statement, string arguments)
    {
        var plan = await CachedPlanAfterGrowthAsync(PostgresSql.WriterSession, statement, arguments);

        Assert.DoesNotContain(plan, line => line.Contains("Seq Scan on grain_state", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("using grain_state_pkey", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenericPlanWithScansAllowed_PlanMadeOnEmptyTable_ScansTheWholeTableAfterItGrew()
    {
        // Why the writer session turns sequential scans off: the same cached plan without it.
        var plan = await CachedPlanAfterGrowthAsync("SET plan_cache_mode = force_generic_plan", nameof(PostgresSql.LockRows), LockArguments);

        Assert.Contains(plan, line => line.Contains("Seq Scan on grain_state", StringComparison.Ordinal));
    }

    // Prepares the statement under the session settings on an empty table, runs it, fills the table, and explains
    // the plan the prepared statement now runs with.
    private async Task<IReadOnlyList<string>> CachedPlanAfterGrowthAsync(string session, string statement, string arguments)
    {
        var database = await cluster.CreateDatabaseAsync(nameof(PostgresWriterPlanTests) + statement);
        await using var dataSource = NpgsqlDataSource.Create(database);
        await PostgresSchema.ApplyAsync(dataSource, CancellationToken.None);
        await using var connection = await dataSource.OpenConnectionAsync();
        var sql = (string)typeof(PostgresSql).GetField(statement)!.GetValue(null)!;
        await ExecuteAsync(connection, session);
        await ExecuteAsync(connection, $"PREPARE writer_statement AS {sql}");
        await ExecuteAsync(connection, $"BEGIN; EXECUTE writer_statement({arguments}); ROLLBACK");
        await ExecuteAsync(connection, "INSERT INTO grain_state SELECT 't', 'k' || g, 1, NULL FROM generate_series(1, 20000) AS g");

        await using var explain = new NpgsqlCommand($"EXPLAIN EXECUTE writer_statement({arguments})", connection);
        await using var reader = await explain.ExecuteReaderAsync();
        var plan = new List<string>();
        while (await reader.ReadAsync())
        {
            plan.Add(reader.GetString(0));
        }

        return plan;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
