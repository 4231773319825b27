using Inkan.Gateway.Hosting;
using Inkan.Silo;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Inkan.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>The storage probe: healthy only when a write is durable, and one probe a second however often it is asked.</summary>
public sealed class StorageHealthCheckTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _clock = new();
    private readonly MemoryGrainStorage _memory = new();
    private readonly FaultyStorage _storage;
    private readonly StorageHealthCheck _check;

    public StorageHealthCheckTests()
    {
        _storage = new FaultyStorage(_memory);
        _check = new StorageHealthCheck(_storage, _clock);
    }

    public Task InitializeAsync() => _storage.InitializeAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task CheckHealthAsync_StorageTakesTheWrite_HealthyAndProbeStored()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal(1, (await ProbeRecordAsync()).Version);
    }

    [Fact]
    public async Task CheckHealthAsync_StorageRefusesWrites_UnhealthyUntilItTakesThemAgain()
    {
        _storage.Refusal = new IOException("No space left on device.");
        var refused = await CheckAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        _storage.Refusal = null;

        Assert.Equal(HealthStatus.Unhealthy, refused.Status);
        Assert.IsType<IOException>(refused.Exception);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task CheckHealthAsync_AskedOftenWithinASecond_OneProbeUntilTheSecondPasses()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        var withinTheSecond = (await ProbeRecordAsync()).Version;
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await CheckAsync();

        Assert.Equal(1, withinTheSecond);
        Assert.Equal(2, (await ProbeRecordAsync()).Version);
    }

    [Fact]
    public async Task CheckHealthAsync_ReadStalls_CallersHeldByNeitherAndAnsweredUnhealthyAfterTheTimeout()
    {
        using var stall = new ManualResetEventSlim();
        _storage.ReadStall = stall;
        try
        {
            // Each call returns a task at once: a stalled read holds neither the caller's thread nor the next caller.
            var first = CheckAsync();
            var second = CheckAsync();
            var unanswered = !first.IsCompleted && !second.IsCompleted;
            _clock.Advance(StorageHealthCheck.Timeout);

            Assert.True(unanswered);
            Assert.Equal(HealthStatus.Unhealthy, (await first).Status);
            Assert.Equal(HealthStatus.Unhealthy, (await second).Status);
        }
        finally
        {
            stall.Set();
        }
    }

    [Fact]
    public async Task CheckHealthAsync_AnotherProcessProbedMeanwhile_Healthy()
    {
        _storage.Refusal = new InconsistentStateException("Version 1 is stored, not 0.");

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    private Task<HealthCheckResult> CheckAsync() => _check.CheckHealthAsync(new HealthCheckContext());

    private Task<StoredState> ProbeRecordAsync() => _memory.ReadAsync(StorageHealthCheck.StateType, StorageHealthCheck.Key, CancellationToken.None);
}
