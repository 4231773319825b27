using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Silo.Tests.Runtime;

public sealed class SideEffectTests
{
    [Fact]
    public async Task RunWhenDurable_AnswerArrives_SideEffectAlreadyRan()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);

        // Many grains at once, so that answers and side effects complete on different threads: the answer must
        // never overtake the side effect of its own turn.
        await Task.WhenAll(Enumerable.Range(0, 200).Select(g => Task.Run(async () =>
        {
            var key = $"announcer{g}";
            var counter = silo.Grains.GetGrain<ICounterGrain>(key);
            for (var i = 0; i < 20; i++)
            {
                var value = await counter.IncrementAndAnnounceAsync();
                Assert.Equal(value, silo.Log.Announcements.GetValueOrDefault(key));
            }
        })));
    }

    [Fact]
    public async Task RunWhenDurable_WriteFails_SideEffectNeverRuns()
    {
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)));
        var counter = silo.Grains.GetGrain<ICounterGrain>("unlucky");
        gated!.FailNext(new InconsistentStateException("simulated conflict"));

        await Assert.ThrowsAsync<InconsistentStateException>(counter.IncrementAndAnnounceAsync);

        Assert.Equal(1, await counter.IncrementAndAnnounceAsync());
        Assert.Equal(1, silo.Log.Announcements["unlucky"]);
    }

    [Fact]
    public async Task RunWhenDurable_SideEffectThrowsWithNoWritePending_AnswerIsTheResult()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        silo.Log.FailingKey = "noisy";
        var counter = silo.Grains.GetGrain<ICounterGrain>("noisy");

        Assert.Equal(0, await counter.AnnounceAsync());
        Assert.Equal(1, await counter.IncrementAndAnnounceAsync());
    }

    [Fact]
    public async Task RunWhenDurable_SideEffectThrowsWhenAHeldWriteCompletes_AnswerIsTheResult()
    {
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)));
        silo.Log.FailingKey = "noisy";
        var counter = silo.Grains.GetGrain<ICounterGrain>("noisy");
        gated!.Close();

        var answers = Enumerable.Range(0, 3).Select(_ => counter.IncrementAndAnnounceAsync()).ToList();
        while (gated.Held < 3)
        {
            await Task.Delay(5);
        }

        gated.Release();

        var values = await Task.WhenAll(answers);

        Assert.Equal(new[] { 1, 2, 3 }, values);
        Assert.Equal(4, await counter.IncrementAndAnnounceAsync());
    }
}
