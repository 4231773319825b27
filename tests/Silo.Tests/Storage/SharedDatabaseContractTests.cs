using Inkan.Silo.Storage;

namespace Inkan.Silo.Tests.Storage;

/// <summary>
/// The contract of providers that several storages (nodes) may open on one database at once: memory and PostgreSQL.
/// SQLite refuses a second storage on its file (<see cref="SqliteGrainStorageTests"/>).
/// </summary>
public abstract class SharedDatabaseContractTests : GrainStorageContractTests
{
    [Fact]
    public async Task InitializeAsync_TwiceAndConcurrently_IsIdempotentAndKeepsData()
    {
        var database = await NewDatabaseAsync();
        var metrics = new Diagnostics.SiloMetrics();
        await using var first = Create(database, metrics);
        await using var second = Create(database, metrics);

        await Task.WhenAll(first.InitializeAsync(CancellationToken.None), second.InitializeAsync(CancellationToken.None));
        await first.WriteAsync(Write("k", 0, "kept"));
        await first.InitializeAsync(CancellationToken.None);
        var (third, _) = await OpenAsync(database);

        Assert.Equal(2, await first.WriteAsync(Write("k", 1, "kept")));
        Assert.Equal(2, (await ReadAsync(third, "k")).Version);
        metrics.Dispose();
    }

    [Fact]
    public async Task WriteAsync_InsertRaceBetweenTwoStorages_ExactlyOneWinsPerKey()
    {
        var database = await SharedDatabaseAsync();
        var (first, _) = await OpenAsync(database);
        var (second, _) = await OpenAsync(database);
        var keys = Enumerable.Range(0, 40).Select(i => $"race-{i}").ToList();

        var outcomes = await Task.WhenAll(keys.Select(async key =>
        {
            var a = first.WriteAsync(Write(key, 0, "a"));
            var b = second.WriteAsync(Write(key, 0, "b"));
            var results = await Task.WhenAll(Outcome(a), Outcome(b));
            return (Key: key, A: results[0], B: results[1]);
        }));

        foreach (var (key, a, b) in outcomes)
        {
            Assert.True(a ^ b, $"key {key}: a {a}, b {b}");
            var stored = await ReadAsync(first, key);
            Assert.Equal((1L, Text(Json(a ? "a" : "b"))), (stored.Version, Text(stored.Payload)));
        }
    }

    private static async Task<bool> Outcome(Task<long> write)
    {
        try
        {
            await write;
            return true;
        }
        catch (InconsistentStateException)
        {
            return false;
        }
    }
}
