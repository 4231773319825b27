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
        var after = await _relay.GetDoneThroughAsync();
        var entries = await storage.ReadLogAsync(OutboxMail.LogName, after, _options.BatchSize, cancellationToken);
        foreach (var entry in entries)
        {
            if (!await DeliverAsync(entry, cancellationToken))
            {
                return false;
            }
        }

        return entries.Count == _options.BatchSize;
    }

    /// <summary>Sends one entry until it is delivered or given up; false when another node holds the outbox.</summary>
    private async Task<bool> DeliverAsync(LogEntry entry, CancellationToken cancellationToken)
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

        for (var attempts = 1; ; attempts++)
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
                await Task.Delay(delay, time, cancellationToken);
                continue;
            }

            await _relay.MarkDeliveredAsync(entry.Id);
            logger.LogInformation("Mail {MailId} (outbox entry {EntryId}) sent", mail.Id, entry.Id);
            return true;
        }
    }

    private async Task IdleAsync(Task wake, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var poll = Task.Delay(_options.PollInterval, time, stop.Token);
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
