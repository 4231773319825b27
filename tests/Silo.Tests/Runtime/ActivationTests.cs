using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Silo.Tests.Runtime;

public sealed class ActivationTests
{
    [Fact]
    public async Task GetGrain_WithoutCall_ActivatesNothing()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);

        _ = silo.Grains.GetGrain<ICounterGrain>("idle");

        Assert.Equal(0, silo.Runtime.ActivationCount);
        Assert.Equal(0, silo.Log.ActivationsOf("idle"));
    }

    [Fact]
    public async Task FirstCalls_1000Concurrent_CreateOneActivation()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        using var start = new ManualResetEventSlim();

        var calls = Enumerable.Range(0, 1000).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await silo.Grains.GetGrain<ICounterGrain>("one").GetAsync();
        })).ToArray();
        start.Set();
        await Task.WhenAll(calls);

        Assert.Equal(1, silo.Log.ActivationsOf("one"));
        Assert.Equal(1, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task GrainMethod_Throws_CallerGetsSameExceptionAndActivationLivesOn()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var counter = silo.Grains.GetGrain<ICounterGrain>("throws");
        await counter.IncrementAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.FailAsync("boom"));

        Assert.Equal("boom", error.Message);
        Assert.Equal(2, await counter.IncrementAsync());
        Assert.Equal(1, silo.Log.ActivationsOf("throws"));
    }

    [Fact]
    public async Task DeactivateOnIdle_CallsDuringDeactivation_RunOnFreshActivationAndNoneIsLost()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var counter = silo.Grains.GetGrain<ICounterGrain>("churn");

        var increments = Enumerable.Range(0, 2000).Select(i => Task.Run(async () =>
        {
            if (i % 100 == 0)
            {
                await counter.DeactivateAsync();
            }

            return await counter.IncrementAsync();
        })).ToArray();
        var results = await Task.WhenAll(increments);

        Assert.Equal(2000, await counter.GetAsync());
        Assert.Equal(Enumerable.Range(1, 2000), results.Order());
        Assert.True(silo.Log.ActivationsOf("churn") > 1);
    }

    [Fact]
    public async Task FirstCall_ConstructorThrows_CallerGetsThatExceptionAndActivationIsGone()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => silo.Grains.GetGrain<IThrowingGrain>("x").GetAsync());

        Assert.Equal("the constructor failed", error.Message);
        Assert.Equal(0, silo.Runtime.ActivationCount);
    }

    [Fact]
    public async Task FirstCall_StateWithoutJsonMetadata_FailsClearlyAndOtherGrainsWork()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => silo.Grains.GetGrain<IUnregisteredGrain>("x").GetAsync());

        Assert.Contains("No JSON metadata for Inkan.Silo.Tests.Grains.UnregisteredState", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await silo.Grains.GetGrain<ICounterGrain>("fine").IncrementAsync());
    }
}
