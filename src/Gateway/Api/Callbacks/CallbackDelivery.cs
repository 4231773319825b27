using Inkan.Grains.Callbacks;
using Inkan.Silo.Storage;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// Delivers one callback: POSTs it (at most <see cref="CallbackOptions.MaxConcurrent"/> POSTs at once, whatever the
/// receiver), retried with exponential backoff until the receiver accepts it or it is given up and recorded. A callback
/// waiting out its backoff holds no POST slot, nor does one waiting for its suspect receiver's probe
/// (<see cref="CallbackProbe"/>): a receiver whose last attempt failed gets one POST at a time until one succeeds.
/// </summary>
public sealed class CallbackDelivery(CallbackSender sender, ICallbackRelayGrain relay, CallbackOptions options, TimeProvider time, ILogger logger)
{
    // Never disposed: deliveries still finishing at shutdown release it, and it holds no wait handle.
    private readonly SemaphoreSlim _posting = new(options.MaxConcurrent);

    /// <summary>Delivers <paramref name="entry"/>, telling <paramref name="lane"/> while it waits to retry; never throws but for cancellation.</summary>
    public async Task DeliverAsync(LogEntry entry, CallbackLane lane, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(lane);
        try
        {
            await DeliverWithRetriesAsync(entry, lane, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(e, "Callback of entry {EntryId} failed unexpectedly", entry.Id);
            await RecordAsync(new CallbackFailure(entry.Id, "", "", time.GetUtcNow(), 0, "unexpected error: " + e.GetType().Name));
        }
    }

    private async Task DeliverWithRetriesAsync(LogEntry entry, CallbackLane lane, CancellationToken cancellationToken)
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
        var retrying = false;
        try
        {
            for (var attempts = 1; ; attempts++)
            {
                var failure = await PostAsync(notice, body, lane.Probe, cancellationToken);
                if (failure is null)
                {
                    logger.LogInformation("Callback for transaction {TransactionId} delivered (attempt {Attempts})", notice.TransactionId, attempts);
                    return;
                }

                if (time.GetUtcNow() - notice.CompletedAt >= options.GiveUpAfter)
                {
                    logger.LogError("Callback for transaction {TransactionId} given up after {Attempts} attempts: {Reason}", notice.TransactionId, attempts, failure);
                    await RecordAsync(new CallbackFailure(entry.Id, notice.TransactionId, notice.Target.Url, time.GetUtcNow(), attempts, failure));
                    return;
                }

                if (!retrying)
                {
                    retrying = true;
                    lane.RetryStarted();
                }

                var delay = options.RetryDelay(attempts);
                logger.LogWarning("Callback for transaction {TransactionId} failed (attempt {Attempts}): {Reason}; retrying in {Delay}", notice.TransactionId, attempts, failure, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
        finally
        {
            if (retrying)
            {
                lane.RetryEnded();
            }
        }
    }

    private async Task<string?> PostAsync(CallbackNotice notice, byte[] body, CallbackProbe probe, CancellationToken cancellationToken)
    {
        while (true)
        {
            // The probe before the POST slot, so that a callback waiting for its receiver's probe holds no slot.
            var probing = probe.IsSuspect && await probe.WaitAsync(cancellationToken);
            try
            {
                await _posting.WaitAsync(cancellationToken);
                try
                {
                    // The receiver may have turned suspect while this waited for the slot: then only its probe goes.
                    if (probing || !probe.IsSuspect)
                    {
                        var attempt = await sender.SendAsync(notice, body, cancellationToken);
                        if (attempt.Posted)
                        {
                            probe.Attempted(attempt.Failure is null);
                        }

                        return attempt.Failure;
                    }
                }
                finally
                {
                    _posting.Release();
                }
            }
            finally
            {
                if (probing)
                {
                    probe.Release();
                }
            }
        }
    }

    private async Task RecordAsync(CallbackFailure failure)
    {
        try
        {
            await relay.RecordFailureAsync(failure);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Callback failure of entry {EntryId} could not be recorded", failure.EntryId);
        }
    }
}
