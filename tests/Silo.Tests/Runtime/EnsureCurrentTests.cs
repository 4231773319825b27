using System.Text;
using Inkan.Silo.Storage;
using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;
using Inkan.TestSupport;

namespace Inkan.Silo.Tests.Runtime;

public sealed class EnsureCurrentTests
{
    [Theory]
    [InlineData(true, 100)]
    [InlineData(false, 1)]
    public async Task EnsureCurrentAsync_AnotherNodeWroteTheRecord_ReloadsOnlyOnSharedStorage(bool shared, int expected)
    {
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)) { Shared = shared });
        var counter = silo.Grains.GetGrain<ICounterGrain>("overtaken");
        await counter.IncrementAsync();

        // Another node writes version 2 with value 100.
        await silo.Storage.WriteAsync(new StateWrite("counter.counter", "overtaken", 1, Encoding.UTF8.GetBytes("""{"Value":100}""")));

        Assert.Equal(expected, await counter.GetCurrentAsync());
    }

    [Fact]
    public async Task EnsureCurrentAsync_MaxAge_ReloadsOnlyOnceTheCopyIsOlder()
    {
        var time = new ManualTimeProvider();
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)) { Shared = true }, time);
        var counter = silo.Grains.GetGrain<ICounterGrain>("recent");
        await counter.IncrementAsync();
        await silo.Storage.WriteAsync(new StateWrite("counter.counter", "recent", 1, Encoding.UTF8.GetBytes("""{"Value":100}""")));

        time.Advance(TimeSpan.FromMilliseconds(900));
        Assert.Equal(1, await counter.GetRecentAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, gated!.ReadsSeen);

        time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal(100, await counter.GetRecentAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(100, await counter.GetRecentAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(2, gated.ReadsSeen);
    }

    [Fact]
    public async Task EnsureCurrentAsync_MaxAgeOnPrivateStorage_NeverReads()
    {
        var time = new ManualTimeProvider();
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)) { Shared = false }, time);
        var counter = silo.Grains.GetGrain<ICounterGrain>("private");
        await counter.IncrementAsync();

        time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(1, await counter.GetRecentAsync(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, gated!.ReadsSeen);
    }

    [Fact]
    public async Task EnsureCurrentAsync_StateLoadedInThisTurn_NoSecondRead()
    {
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)) { Shared = true });
        var counter = silo.Grains.GetGrain<ICounterGrain>("fresh");

        // The first call activates the grain, which loads the state: that load is current enough for its turn.
        await counter.GetCurrentAsync();
        Assert.Equal(1, gated!.ReadsSeen);

        await counter.GetCurrentAsync();
        Assert.Equal(2, gated.ReadsSeen);
    }
}
