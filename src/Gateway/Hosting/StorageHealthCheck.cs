using System.Text.Json;
using Inkan.Silo;
using Inkan.Silo.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Inkan.Gateway.Hosting;

/// <summary>
/// Healthy while storage takes a durable write: reads this host's probe record and writes it back under its version.
/// Storage that does not answer in time or refuses writes (a full disk, a standby after a failover) makes the gateway
/// unhealthy, so that load balancers send its requests elsewhere. At most one probe a second, however often it is asked.
/// </summary>
public sealed class StorageHealthCheck(IGrainStorage storage, TimeProvider time) : IHealthCheck
{
    /// <summary>The state type of the probe records, one per host.</summary>
    public const string StateType = "health-probe";

    /// <summary>How long a probe may take before storage counts as not answering.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    // The endpoint is open to anyone: every caller within a second shares one probe, so asking cannot flood storage.
    private static readonly TimeSpan ReuseFor = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private Task<HealthCheckResult>? _probe;
    private long _probeStarted;

    /// <summary>This host's probe record.</summary>
    public static string Key => Environment.MachineName;

    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> probe;
        lock (_lock)
        {
            // A probe still under way is shared, not repeated: storage that stalls holds one thread, not one per caller.
            if (_probe is null || (_probe.IsCompleted && time.GetElapsedTime(_probeStarted) >= ReuseFor))
            {
                _probeStarted = time.GetTimestamp();
                // On a thread of its own: SQLite reads synchronously, and a stalled read must not hold the caller.
                _probe = Task.Run(ProbeAsync, CancellationToken.None);
            }

            probe = _probe;
        }

        return AnswerAsync(probe, cancellationToken);
    }

    private async Task<HealthCheckResult> AnswerAsync(Task<HealthCheckResult> probe, CancellationToken cancellationToken)
    {
        try
        {
            return await probe.WaitAsync(Timeout, time, cancellationToken);
        }
        catch (TimeoutException e)
        {
            return HealthCheckResult.Unhealthy("Storage did not answer in time.", e);
        }
    }

    private async Task<HealthCheckResult> ProbeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(Timeout, time);
            var stored = await storage.ReadAsync(StateType, Key, timeout.Token);
            var payload = JsonSerializer.SerializeToUtf8Bytes(time.GetUtcNow());
            await storage.WriteAsync(new StateWrite(StateType, Key, stored.Version, payload)).WaitAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (InconsistentStateException)
        {
            // Another process of this host probed between the read and the write: storage did take a conditional write.
            return HealthCheckResult.Healthy();
        }
#pragma warning disable CA1031 // Any failure of storage is the answer "unhealthy", never an error of the endpoint.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Storage did not take a write.", e);
        }
    }
}
