using System.Text;
using Inkan.Silo.Storage;
using Inkan.Silo.Tests.Grains;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Silo.Tests.Runtime;

public sealed class StateTests
{
    [Fact]
    public async Task IncrementAsync_WriteHeldBack_AnswerWaitsUntilDurable()
    {
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)));
        var counter = silo.Grains.GetGrain<ICounterGrain>("gate");
        await counter.IncrementAsync();
        gated!.Close();

        var first = counter.IncrementAsync().AsTask();
        var second = counter.IncrementAsync().AsTask();
        await TimeoutTests.WaitUntilAsync(() => gated.WritesSeen == 3);

        // Both turns ran (pipelined) but neither caller has an answer before its write is durable.
        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);
        gated.Release();
        Assert.Equal(new[] { 2, 3 }, await Task.WhenAll(first, second));
    }

    [Fact]
    public async Task IncrementAsync_WriteFails_CallerGetsErrorAndNextCallReloads()
    {
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)));
        var counter = silo.Grains.GetGrain<ICounterGrain>("fails");
        await counter.IncrementAsync();
        gated!.FailNext(new InconsistentStateException("simulated conflict"));

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await counter.IncrementAsync());

        // The very next call must not see the unsaved value 2: it runs on a fresh activation.
        Assert.Equal(1, await counter.GetAsync());
        Assert.Contains(silo.Log.Deactivations, d => d.Reason == DeactivationReason.InconsistentState);
        Assert.Equal(2, await counter.IncrementAsync());
        Assert.Equal(2, silo.Log.ActivationsOf("fails"));
    }

    [Fact]
    public async Task IncrementAsync_StoredVersionChangedBehindTheGrain_ConflictThenReload()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var counter = silo.Grains.GetGrain<ICounterGrain>("behind");
        await counter.IncrementAsync();

        // Another node writes version 2 with value 100.
        await silo.Storage.WriteAsync(new StateWrite("counter.counter", "behind", 1, Encoding.UTF8.GetBytes("""{"Value":100}""")));

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await counter.IncrementAsync());
        await TimeoutTests.WaitUntilAsync(() => !silo.Log.Deactivations.IsEmpty);
        Assert.Equal(101, await counter.IncrementAsync());
    }

    [Fact]
    public async Task GetAsync_RecordOfPreviousStateVersion_LoadsWithDefaultsForAddedFields()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var fixture = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "profile-v1.json"));
        await silo.Storage.WriteAsync(new StateWrite("profile.profile", "old", 0, fixture));

        var profile = await silo.Grains.GetGrain<IProfileGrain>("old").GetAsync();

        Assert.Equal("Yamada Taro", profile.Name);
        Assert.Equal(42, profile.Age);
        Assert.Equal("none", profile.Nickname);
    }

    [Fact]
    public async Task StopAsync_WriteStillPending_WaitsForItAndTheWriteIsStored()
    {
        GatedStorage? gated = null;
        var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)));
        var counter = silo.Grains.GetGrain<ICounterGrain>("shutdown");
        await counter.IncrementAsync();
        gated!.Close();
        var increment = counter.IncrementAsync().AsTask();
        await TimeoutTests.WaitUntilAsync(() => gated.WritesSeen == 2);

        var stop = silo.StopAsync();
        await Task.Delay(50);
        Assert.False(stop.IsCompleted);
        gated.Release();
        await stop;

        Assert.Equal(2, await increment);
        var stored = await silo.Storage.ReadAsync("counter.counter", "shutdown", CancellationToken.None);
        Assert.Equal(2, stored.Version);
        await silo.DisposeAsync();
    }

    [Fact]
    public async Task WriteStateAsync_OtherStatesWriteConflicts_AnswerIsTheFailure()
    {
        await using var silo = await TestSilo.StartAsync(TestStorages.Memory);
        var grain = silo.Grains.GetGrain<ITwoStateGrain>("two");
        Assert.Equal(0, await grain.GetAAsync());
        // Another node stores A behind this activation's back; B is untouched.
        await silo.Storage.WriteAsync(new StateWrite("twostate.a", "two", 0, Encoding.UTF8.GetBytes("""{"Value":100}""")));

        // A's write fails on its version while both of B's commit: the answer must not say the turn succeeded.
        await Assert.ThrowsAsync<InconsistentStateException>(grain.WriteAThenBTwiceAsync);

        Assert.Equal(1, (await silo.Storage.ReadAsync("twostate.a", "two", CancellationToken.None)).Version);
    }

    [Fact]
    public async Task FailAsync_AfterAnEarlierTurnsWrite_ErrorHeldUntilThatWriteIsDurable()
    {
        GatedStorage? gated = null;
        await using var silo = await TestSilo.StartAsync(sp => gated = new GatedStorage(TestStorages.Memory(sp)));
        var counter = silo.Grains.GetGrain<ICounterGrain>("error-waits");
        await counter.IncrementAsync();
        gated!.Close();
        var increment = counter.IncrementAsync().AsTask();
        await TimeoutTests.WaitUntilAsync(() => gated.WritesSeen == 2);

        // An error computed from the unsaved value is as much an answer as a success.
        var failure = counter.FailAsync("decided on the unsaved value");
        await Task.Delay(100);
        Assert.False(failure.IsCompleted);
        gated.Release();

        Assert.Equal(2, await increment);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failure);
    }
}
