using Inkan.Silo.Diagnostics;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Postgres;
using Inkan.TestSupport.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace Inkan.Silo.Tests.Storage;

/// <summary>Two nodes on one PostgreSQL database: overlapping batches neither deadlock nor lose writes, and a log follower never skips an entry.</summary>
[Collection(PostgresCluster.Collection)]
public sealed class PostgresConcurrencyTests(PostgresCluster cluster) : IAsyncLifetime
{
    private readonly SiloMetrics _metrics = new();
    private PostgresGrainStorage[] _nodes = [];

    public async Task InitializeAsync()
    {
        var database = await cluster.CreateDatabaseAsync(nameof(PostgresConcurrencyTests));
        _nodes = [Node(database), Node(database)];
        await Task.WhenAll(_nodes.Select(n => n.InitializeAsync(CancellationToken.None)));
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        _metrics.Dispose();
    }

    [Fact]
    public async Task TwoNodesIncrementingOverlappingKeys_NoErrorButConflicts_AndVersionsCountAcknowledgedWrites()
    {
        var keys = Enumerable.Range(0, 30).Select(i => $"k{i:00}").ToArray();
        var acknowledged = 0;

        await Task.WhenAll(_nodes.SelectMany((node, n) => Enumerable.Range(0, 16).Select(w => Task.Run(async () =>
        {
            var random = new Random((n * 100) + w);
            for (var i = 0; i < 60; i++)
            {
                var key = keys[random.Next(keys.Length)];
                var stored = await node.ReadAsync("counter", key, CancellationToken.None);
                try
                {
                    await node.WriteAsync(new StateWrite("counter", key, stored.Version, [(byte)'1']));
                    Interlocked.Increment(ref acknowledged);
                }
                catch (InconsistentStateException)
                {
                    // Another writer got there first; the caller would reload and retry.
                }
            }
        }))));

        var versions = await Task.WhenAll(keys.Select(k => _nodes[0].ReadAsync("counter", k, CancellationToken.None)));
        Assert.Equal(acknowledged, versions.Sum(v => v.Version));
        Assert.True(acknowledged > 0);
    }

    [Fact]
    public async Task LogFollower_WhileTwoNodesAppend_SeesEveryEntryOnceInIdOrder()
    {
        const int PerNode = 400;
        var writing = Task.WhenAll(_nodes.Select((node, n) => Task.WhenAll(Enumerable.Range(0, PerNode).Select(i => Task.Run(
            () => node.WriteAsync(new StateWrite("entry", $"{n}-{i}", 0, [1], [new LogAppend("audit", $"{n}-{i}")])))))));

        var followed = new List<LogEntry>();
        while (true)
        {
            var done = writing.IsCompleted;
            var page = await _nodes[0].ReadLogAsync("audit", followed.Count == 0 ? 0 : followed[^1].Id, 100, CancellationToken.None);
            followed.AddRange(page);
            if (done && page.Count == 0)
            {
                break;
            }
        }

        await writing;
        var all = await _nodes[1].ReadLogAsync("audit", 0, 10_000, CancellationToken.None);
        Assert.Equal(2 * PerNode, all.Count);
        Assert.Equal(all.Select(e => e.Id), followed.Select(e => e.Id));
    }

    private PostgresGrainStorage Node(string database)
        => new(new PostgresStorageOptions { ConnectionString = database, Partitions = 4 }, NullLogger<PostgresGrainStorage>.Instance, _metrics);
}
