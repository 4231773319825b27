using Inkan.Grains.Callbacks;
using Inkan.Silo;
using Inkan.Silo.Storage;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// Delivers the callback outbox: reads notices past the relay grain's cursor, POSTs up to
/// <see cref="CallbackOptions.MaxConcurrent"/> at once (each retried with exponential backoff until it succeeds or
/// is given up and recorded; a callback waiting out its backoff holds no slot, so receivers that keep failing do not
/// hold up the others), and moves the cursor past every entry before the oldest still in flight. Delivery
/// is at least once: after a crash the entries past the cursor are sent again. Of several nodes on one database,
/// only the one holding the relay grain's lease delivers; another takes over when it stops renewing.
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
    // Callbacks under way, waiting to retry included: a bound on memory while receivers are down.
    private const int InFlightPerSlot = 64;

    private readonly Dictionary<long, Task> _inFlight = [];
    // Never disposed: deliveries still finishing at shutdown release it, and it holds no wait handle.
    private readonly SemaphoreSlim _posting = new(options.Value.MaxConcurrent);
    private readonly CallbackLeaseHolder _lease = new(grains.GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices), options.Value, time);
    private long _delivered;
    private long _read;
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

        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            try
            {
                if (await HoldsLeaseAsync())
                {
                    await RelayAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The callback relay could not go through its logs; it tries again in {Delay}", _options.PollInterval);
            }

            await IdleAsync(wake, stoppingToken);
        }
    }

    /// <summary>Whether this node holds the lease; on taking it over, catches up with the cursors another node moved.</summary>
    private async Task<bool> HoldsLeaseAsync()
    {
        var (held, taken) = await _lease.CheckAsync();
        if (taken)
        {
            var cursor = await _relay.GetAsync();
            _delivered = Math.Max(_delivered, cursor.DeliveredThrough);
            _read = Math.Max(_read, cursor.DeliveredThrough);
            _watched = Math.Max(_watched, cursor.WatchedThrough);
        }

        return held;
    }

    private async Task RelayAsync(CancellationToken stoppingToken)
    {
        _watched = await watcher.TouchAsync(_watched, stoppingToken);
        var free = _options.MaxConcurrent * InFlightPerSlot - _inFlight.Count;
        foreach (var entry in free > 0 ? await storage.ReadLogAsync(CallbackLogs.Notices, _read, free, stoppingToken) : [])
        {
            _inFlight[entry.Id] = DeliverAsync(entry, stoppingToken);
            _read = entry.Id;
        }

        // A delivery cancelled by shutdown stays in flight, so the cursor never passes it.
        foreach (var id in _inFlight.Where(p => p.Value.IsCompletedSuccessfully).Select(p => p.Key).ToList())
        {
            _inFlight.Remove(id);
        }

        var done = _inFlight.Count == 0 ? _read : _inFlight.Keys.Min() - 1;
        if (done > _delivered)
        {
            await _relay.AdvanceDeliveredAsync(done);
            _delivered = done;
        }
    }

    private async Task DeliverAsync(LogEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await DeliverWithRetriesAsync(entry, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Callback of entry {EntryId} failed unexpectedly", entry.Id);
            await RecordAsync(new CallbackFailure(entry.Id, "", "", time.GetUtcNow(), 0, "unexpected error: " + e.GetType().Name));
        }
    }

    private async Task DeliverWithRetriesAsync(LogEntry entry, CancellationToken cancellationToken)
    {
        CallbackNotice notice;
        try
        {
            notice = CallbackNotice.FromJson(entry.Payload);
        }
        catch (FormatException e)
        {
            await RecordAsync(new CallbackFailure(entry.Id, "", "", time.GetUtcNow(), 0, e.Message));
            return;
        }

        var body = sender.Body(notice);
        for (var attempts = 1; ; attempts++)
        {
            string? failure;
            await _posting.WaitAsync(cancellationToken);
            try
            {
                failure = await sender.SendAsync(notice, body, cancellationToken);
            }
            finally
            {
                _posting.Release();
            }

            if (failure is null)
            {
                logger.LogInformation("Callback for transaction {TransactionId} delivered (attempt {Attempts})", notice.TransactionId, attempts);
                return;
            }

            if (time.GetUtcNow() - notice.CompletedAt >= _options.GiveUpAfter)
            {
                logger.LogError("Callback for transaction {TransactionId} given up after {Attempts} attempts: {Reason}", notice.TransactionId, attempts, failure);
                await RecordAsync(new CallbackFailure(entry.Id, notice.TransactionId, notice.Target.Url, time.GetUtcNow(), attempts, failure));
                return;
            }

            var delay = _options.RetryDelay(attempts);
            logger.LogWarning("Callback for transaction {TransactionId} failed (attempt {Attempts}): {Reason}; retrying in {Delay}", notice.TransactionId, attempts, failure, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private async Task RecordAsync(CallbackFailure failure)
    {
        try
        {
            await _relay.RecordFailureAsync(failure);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Callback failure of entry {EntryId} could not be recorded", failure.EntryId);
        }
    }

    // Wakes on a new notice, a finished delivery (its slot is free and the cursor may move), or the poll interval.
    private async Task IdleAsync(Task wake, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poll = Task.Delay(_options.PollInterval, time, stop.Token);
        await Task.WhenAny([wake, poll, .. _inFlight.Values]);
        await stop.CancelAsync();
    }
}
