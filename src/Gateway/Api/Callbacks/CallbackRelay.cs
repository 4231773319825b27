using Inkan.Grains.Callbacks;
using Inkan.Silo;
using Inkan.Silo.Storage;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// Delivers the callback outbox: reads notices past the relay grain's cursors into one lane per receiver
/// (<see cref="CallbackLanes"/>), so a receiver that is down holds up no other, and saves after each pass how far every
/// receiver is done (<see cref="CallbackCursors"/>). Delivery is at least once: after a crash the entries past a
/// receiver's cursor are sent again. Of several nodes on one database, only the one holding the relay grain's lease
/// delivers; another takes over when it stops renewing.
/// </summary>
public sealed class CallbackRelay(
    IGrainFactory grains,
    IGrainStorage storage,
    CallbackSender sender,
    CallbackWatcher watcher,
    CallbackSignal signal,
    IHostApplicationLifetime lifetime,
    IOptions<CallbackOptions> options,
    TimeProvider time,
    ILogger<CallbackRelay> logger) : BackgroundService
{
    private readonly CallbackOptions _options = options.Value;
    private readonly ICallbackRelayGrain _relay = grains.GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices);
    private readonly CallbackLeaseHolder _lease = new(grains.GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices), options.Value, time);
    private readonly CallbackCursors _cursors = new();
    private bool _resume;
    private long _watched;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The grain runtime is another hosted service: start once the whole host has started.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(started.SetResult))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        var delivery = new CallbackDelivery(sender, _relay, _options, time, logger);
        var lanes = new CallbackLanes(_options, (entry, lane) => delivery.DeliverAsync(entry, lane, stoppingToken));
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            var more = false;

            // Also without the lease or after a failed pass: a finished delivery left here would end every idle wait at once.
            lanes.Sweep();
            try
            {
                more = await HoldsLeaseAsync(lanes) && await RelayAsync(lanes, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The callback relay could not go through its logs; it tries again in {Delay}", _options.PollInterval);
            }

            if (!more)
            {
                await IdleAsync(wake, lanes, stoppingToken);
            }
        }
    }

    /// <summary>Whether this node holds the lease; on taking it over, catches up with the cursors another node saved.</summary>
    private async Task<bool> HoldsLeaseAsync(CallbackLanes lanes)
    {
        var (held, taken) = await _lease.CheckAsync();
        _resume |= taken;
        if (held && _resume)
        {
            var saved = await _relay.GetAsync();
            _cursors.Load(new CallbackProgress(saved.DeliveredThrough, saved.LaggingReceivers));
            lanes.Resume(_cursors);
            _watched = Math.Max(_watched, saved.WatchedThrough);
            _resume = false;
        }

        return held;
    }

    /// <summary>One pass: reads the log again for the lanes behind, then on; true when there may be more to read at once.</summary>
    private async Task<bool> RelayAsync(CallbackLanes lanes, CancellationToken stoppingToken)
    {
        _watched = await watcher.TouchAsync(_watched, stoppingToken);
        var more = false;
        if (lanes.CatchUpFrom is { } from)
        {
            more |= await ReadAsync(from, lanes.CatchUp, stoppingToken);
        }

        if (lanes.HasRoom)
        {
            more |= await ReadAsync(lanes.ReadThrough, lanes.ReadOn, stoppingToken);
        }

        if (_cursors.Next(lanes) is { } progress)
        {
            _cursors.Load(await _relay.AdvanceDeliveredAsync(progress));
        }

        return more && lanes.HasRoom;
    }

    private async Task<bool> ReadAsync(long after, Action<IReadOnlyList<LogEntry>> take, CancellationToken stoppingToken)
    {
        var entries = await storage.ReadLogAsync(CallbackLogs.Notices, after, CallbackLanes.ReadBatch, stoppingToken);
        take(entries);
        return entries.Count == CallbackLanes.ReadBatch;
    }

    // Wakes on a new notice, a finished delivery (its lane has room and the cursors may move), or the poll interval.
    private async Task IdleAsync(Task wake, CallbackLanes lanes, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poll = Task.Delay(_options.PollInterval, time, stop.Token);
        await Task.WhenAny([wake, poll, .. lanes.Deliveries]);
        await stop.CancelAsync();
    }
}
