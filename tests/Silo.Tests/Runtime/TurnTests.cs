using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Silo.Tests.Runtime;

public sealed class TurnTests
{
    [Fact]
    public async Task IncrementAsync_10000ConcurrentReadAwaitWrite_EndsExactlyAt10000()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var counter = silo.Grains.GetGrain<ICounterGrain>("hot");

        await Task.WhenAll(Enumerable.Range(0, 10_000).Select(_ => Task.Run(async () => await counter.IncrementAsync())));

        Assert.Equal(10_000, await counter.GetAsync());
        Assert.Equal(10_000, await counter.GetVersionAsync());
    }

    [Fact]
    public async Task AppendAsync_CallsFromOneCaller_RunInArrivalOrder()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var echo = silo.Grains.GetGrain<IEchoGrain>("order");
        await echo.EchoAsync(0);

        var calls = new List<Task>();
        for (var i = 0; i < 1000; i++)
        {
            calls.Add(echo.AppendAsync(i));
        }

        await Task.WhenAll(calls);

        Assert.Equal(Enumerable.Range(0, 1000), await echo.GetAppendedAsync());
    }

    [Fact]
    public async Task EchoAsync_IdleActivation_CompletesSynchronously()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var echo = silo.Grains.GetGrain<IEchoGrain>("inline");

        // The first call activates through the queue; once the activation is idle, calls run inline.
        await TimeoutTests.WaitUntilAsync(() => echo.EchoAsync(0).IsCompletedSuccessfully);

        for (var i = 0; i < 100; i++)
        {
            var call = echo.EchoAsync(i);
            Assert.True(call.IsCompletedSuccessfully);
            Assert.Equal(i, await call);
        }
    }
}
