using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport.Postgres;

namespace Inkan.Silo.Tests.Durability;

[Collection(PostgresCollection.Name)]
public sealed class DurabilityTests(PostgresCluster postgres)
{
    [Fact]
    public async Task IncrementAsync_SiloRestarted_StateSurvives_Sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("inkan-durable-");
        await AssertSurvivesRestartAsync(TestStorages.Sqlite(directory.FullName));
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task IncrementAsync_SiloRestarted_StateSurvives_Postgres()
        => await AssertSurvivesRestartAsync(TestStorages.Postgres(await postgres.CreateDatabaseAsync(nameof(DurabilityTests))));

    [Fact]
    public async Task IncrementAsync_10000Concurrent_EndsAt10000_Sqlite()
    {
        var directory = Directory.CreateTempSubdirectory("inkan-turns-");
        await AssertTenThousandIncrementsAsync(TestStorages.Sqlite(directory.FullName));
        directory.Delete(recursive: true);
    }

    [Fact]
    public async Task IncrementAsync_10000Concurrent_EndsAt10000_Postgres()
        => await AssertTenThousandIncrementsAsync(TestStorages.Postgres(await postgres.CreateDatabaseAsync(nameof(DurabilityTests))));

    private static async Task AssertTenThousandIncrementsAsync(Func<IServiceProvider, Inkan.Silo.Storage.IGrainStorage> storage)
    {
        await using (var silo = await TestSilo.StartAsync(storage))
        {
            var counter = silo.Grains.GetGrain<ICounterGrain>("hot");
            await Task.WhenAll(Enumerable.Range(0, 10_000).Select(_ => Task.Run(async () => await counter.IncrementAsync())));
            Assert.Equal(10_000, await counter.GetAsync());
        }

        await using var restarted = await TestSilo.StartAsync(storage);
        Assert.Equal(10_000, await restarted.Grains.GetGrain<ICounterGrain>("hot").GetAsync());
    }

    [Fact]
    public async Task IncrementAsync_TwoSilosOnePostgres_StoredValueEqualsAcknowledgedIncrements()
    {
        var storage = TestStorages.Postgres(await postgres.CreateDatabaseAsync(nameof(DurabilityTests)));
        await using var first = await TestSilo.StartAsync(storage);
        await using var second = await TestSilo.StartAsync(storage);
        var acknowledged = 0;
        var conflicts = 0;

        async Task IncrementUntilAcknowledgedAsync(TestSilo silo)
        {
            while (true)
            {
                try
                {
                    await silo.Grains.GetGrain<ICounterGrain>("shared").IncrementAsync();
                    Interlocked.Increment(ref acknowledged);
                    return;
                }
                catch (InconsistentStateException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 5000).Select(i => Task.Run(() => IncrementUntilAcknowledgedAsync(i % 2 == 0 ? first : second))));

        Assert.Equal(5000, acknowledged);
        Assert.True(conflicts > 0, "the two silos never conflicted, so the test proved nothing");
        await using var reader = await TestSilo.StartAsync(storage);
        Assert.Equal(5000, await reader.Grains.GetGrain<ICounterGrain>("shared").GetAsync());
    }

    private static async Task AssertSurvivesRestartAsync(Func<IServiceProvider, Inkan.Silo.Storage.IGrainStorage> storage)
    {
        await using (var silo = await TestSilo.StartAsync(storage))
        {
            var counter = silo.Grains.GetGrain<ICounterGrain>("durable");
            for (var i = 0; i < 25; i++)
            {
                await counter.IncrementAsync();
            }
        }

        await using var restarted = await TestSilo.StartAsync(storage);
        Assert.Equal(25, await restarted.Grains.GetGrain<ICounterGrain>("durable").GetAsync());
        Assert.Equal(25, await restarted.Grains.GetGrain<ICounterGrain>("durable").GetVersionAsync());
    }
}
