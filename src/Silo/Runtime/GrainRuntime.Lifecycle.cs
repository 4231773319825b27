using Microsoft.Extensions.Logging;

namespace Inkan.Silo.Runtime;

/// <summary>Start, collection and graceful shutdown of the runtime.</summary>
public sealed partial class GrainRuntime
{
    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        await Storage.InitializeAsync(cancellationToken);
        _started = TimeProvider.GetTimestamp();
        _collectorTimer = TimeProvider.CreateTimer(static state => ((GrainRuntime)state!).Collect(), this, _options.CollectionQuantum, _options.CollectionQuantum);
        Logger.LogInformation("Silo started");
    }

    /// <summary>
    /// One collector pass: fails calls older than the response timeout and deactivates the activations idle for their
    /// age limit. It visits only the activations with calls and those whose bucket is due.
    /// </summary>
    private void Collect()
    {
        if (Interlocked.Exchange(ref _collecting, 1) != 0)
        {
            return;
        }

        try
        {
            // Derived from the clock, not counted: a late or skipped collector run loses no time.
            var tick = (long)(TimeProvider.GetElapsedTime(_started) / _options.CollectionQuantum);
            Volatile.Write(ref _tick, tick);
            var watched = Collector.CheckLateCalls(tick - _responseTimeoutTicks);
            var due = Collector.TakeDue(tick);
            LastPassVisits = watched + due.Count;
            foreach (var activation in due)
            {
                var idleUntil = activation.LastTurnTick + TicksOf(activation.AgeLimit);
                if (idleUntil > tick)
                {
                    Collector.Schedule(activation, idleUntil);
                }
                else if (!activation.TryCollect(DeactivationReason.Idle))
                {
                    // Busy in a turn that began long ago (or going away already): look again next tick.
                    Collector.Schedule(activation, tick + 1);
                }
            }
        }
        finally
        {
            Volatile.Write(ref _collecting, 0);
        }
    }

    /// <summary>Stops taking new activations, lets every activation finish its turns and writes, and deactivates it.</summary>
    internal async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopped = true;
        var dead = new List<Task>();
        foreach (var (_, activation) in _activations)
        {
            activation.RequestDeactivation(DeactivationReason.ShuttingDown);
            dead.Add(activation.Dead);
        }

        try
        {
            await Task.WhenAll(dead).WaitAsync(_options.ShutdownTimeout, TimeProvider, cancellationToken);
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            // The host gave up waiting: stop anyway, the storage still commits what is queued when disposed.
            Logger.LogWarning("Shutdown ended early with {Count} activations still live", _activations.Count);
        }

        if (_collectorTimer is not null)
        {
            await _collectorTimer.DisposeAsync();
        }

        await _stopping.CancelAsync();
        Logger.LogInformation("Silo stopped");
    }
}
