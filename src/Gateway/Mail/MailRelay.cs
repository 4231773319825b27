using Inkan.Grains.Mail;
using Inkan.Silo;
using Inkan.Silo.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Mail;

/// <summary>
/// Sends the outbox: reads log entries past the relay grain's cursor in id order, claims each, sends it with retries
/// and exponential backoff, and records it delivered or failed. Delivery is at least once: a crash between sending
/// and recording sends that mail again after the restart (with the same Message-ID); nothing is dropped unrecorded.
/// A mail whose recipient is refused for now is deferred (durably, in the grain) and retried on its own schedule, so
/// one bad address never holds up the OTP mails behind it; when the mail server itself fails, every mail waits.
/// </summary>
/// <remarks>
/// Relies on the storage contract that log ids increase in commit order, so no entry can appear behind the cursor.
/// With several nodes every node runs a relay; the claim (a versioned write in <see cref="IMailRelayGrain"/>) lets
/// one node send at a time, and a node that loses a claim leaves the entry to the holder.
/// </remarks>
public sealed class MailRelay(
    IGrainFactory grains,
    IGrainStorage storage,
    IMailTransport transport,
    OutboxSignal signal,
    IHostApplicationLifetime lifetime,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<MailRelay> logger) : BackgroundService
{
    private readonly MailOptions _options = options.Value;
    private readonly IMailRelayGrain _relay = grains.GetGrain<IMailRelayGrain>(OutboxMail.LogName);
    private DateTimeOffset _nextDeferredAttempt = DateTimeOffset.MaxValue;

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The grain runtime is another hosted service: start sending once the whole host has started.
        await WhenAsync(lifetime.ApplicationStarted, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            var more = false;
            try
            {
                more = await SendBatchAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The relay must outlive any storage or grain failure (a lost claim is an InconsistentStateException): log, wait, look again.
                logger.LogWarning(e, "The mail relay could not go through the outbox; it tries again in {Delay}", _options.PollInterval);
            }

            if (!more)
            {
                await IdleAsync(wake, stoppingToken);
            }
        }
    }

    /// <summary>Handles one batch; true when it was full and the outbox may hold more.</summary>
    private async Task<bool> SendBatchAsync(CancellationToken cancellationToken)
    {
        if (!await RetryDeferredAsync(cancellationToken))
        {
            return false;
        }

        var after = await _relay.GetDoneThroughAsync();
        var entries = await storage.ReadLogAsync(OutboxMail.LogName, after, _options.BatchSize, cancellationToken);
        foreach (var entry in entries)
        {
            if (!await DeliverAsync(entry, 1, cancellationToken))
            {
                return false;
            }
        }

        return entries.Count == _options.BatchSize;
    }

    /// <summary>Tries again each deferred entry that is due; false when another node holds the outbox.</summary>
    private async Task<bool> RetryDeferredAsync(CancellationToken cancellationToken)
    {
        _nextDeferredAttempt = DateTimeOffset.MaxValue;
        foreach (var deferred in await _relay.GetDeferredAsync())
        {
            if (deferred.NextAttemptAt > time.GetUtcNow())
            {
                Remember(deferred.NextAttemptAt);
                continue;
            }

            var entries = await storage.ReadLogAsync(OutboxMail.LogName, deferred.EntryId - 1, 1, cancellationToken);
            if (entries is not [var entry] || entry.Id != deferred.EntryId)
            {
                logger.LogError("Deferred outbox entry {EntryId} is missing and is recorded as failed", deferred.EntryId);
                await _relay.RecordFailureAsync(new MailFailure(deferred.EntryId, "", "", "", default, time.GetUtcNow(), deferred.Attempts, "The outbox entry is missing."));
                continue;
            }

            if (!await DeliverAsync(entry, deferred.Attempts + 1, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Sends one entry until it is delivered, deferred or given up; false when another node holds the outbox.</summary>
    private async Task<bool> DeliverAsync(LogEntry entry, int firstAttempt, CancellationToken cancellationToken)
    {
        OutboxMail mail;
        try
        {
            mail = OutboxMail.FromJson(entry.Payload);
        }
        catch (FormatException e)
        {
            logger.LogError("Outbox entry {EntryId} is unreadable and is recorded as failed: {Reason}", entry.Id, e.Message);
            await _relay.RecordFailureAsync(new MailFailure(entry.Id, "", "", "", default, time.GetUtcNow(), 0, e.Message));
            return true;
        }

        for (var attempts = firstAttempt; ; attempts++)
        {
            switch (await _relay.ClaimAsync(entry.Id, _options.NodeId, time.GetUtcNow() + _options.LeaseDuration))
            {
                case MailClaim.Done:
                    return true;
                case MailClaim.HeldElsewhere:
                    return false;
            }

            try
            {
                await transport.SendAsync(mail, cancellationToken);
            }
            catch (MailDeliveryException e) when (!cancellationToken.IsCancellationRequested)
            {
                if (e.Permanent || time.GetUtcNow() - mail.CreatedAt >= _options.GiveUpAfter)
                {
                    logger.LogError("Mail {MailId} (outbox entry {EntryId}) failed for good after {Attempts} attempts: {Reason}", mail.Id, entry.Id, attempts, e.Message);
                    await _relay.RecordFailureAsync(new MailFailure(entry.Id, mail.Id, mail.To, mail.Subject, mail.CreatedAt, time.GetUtcNow(), attempts, e.Message));
                    return true;
                }

                var delay = _options.RetryDelay(attempts);
                logger.LogWarning("Mail {MailId} not sent (attempt {Attempts}): {Reason}; retrying in {Delay}", mail.Id, attempts, e.Message, delay);
                if (e.RecipientOnly)
                {
                    var next = time.GetUtcNow() + delay;
                    await _relay.DeferAsync(entry.Id, attempts, next);
                    Remember(next);
                    return true;
                }

                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            await _relay.MarkDeliveredAsync(entry.Id);
            logger.LogInformation("Mail {MailId} (outbox entry {EntryId}) sent", mail.Id, entry.Id);
            return true;
        }
    }

    private void Remember(DateTimeOffset attemptAt)
    {
        if (attemptAt < _nextDeferredAttempt)
        {
            _nextDeferredAttempt = attemptAt;
        }
    }

    private async Task IdleAsync(Task wake, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Wakes for the next deferred mail when it is due before the next poll.
        var untilDeferred = _nextDeferredAttempt - time.GetUtcNow();
        var wait = TimeSpan.FromTicks(Math.Clamp(untilDeferred.Ticks, 0, _options.PollInterval.Ticks));
        var poll = Task.Delay(wait, time, stop.Token);
        await Task.WhenAny(wake, poll);
        await stop.CancelAsync();
    }

    private static async Task WhenAsync(CancellationToken signalled, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = signalled.Register(() => started.TrySetResult());
        using var onStopping = cancellationToken.Register(() => started.TrySetCanceled(cancellationToken));
        await started.Task;
    }
}
