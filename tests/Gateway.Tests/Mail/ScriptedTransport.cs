using System.Collections.Concurrent;
using Inkan.Gateway.Mail;
using Inkan.Grains.Mail;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>A mail transport that fails as scripted (then succeeds) and records every attempt and every mail it accepted.</summary>
public sealed class ScriptedTransport(params MailDeliveryException[] failures) : IMailTransport
{
    private readonly ConcurrentQueue<MailDeliveryException> _failures = new(failures);
    private readonly SemaphoreSlim _sent = new(0);
    private int _attempts;

    /// <summary>When set, every attempt fails transiently once the scripted failures are used up.</summary>
    public bool AlwaysFail { get; init; }

    public ConcurrentQueue<OutboxMail> Sent { get; } = new();

    public int Attempts => Volatile.Read(ref _attempts);

    public static MailDeliveryException Transient() => new("SMTP 421: try again later", permanent: false);

    public static MailDeliveryException Permanent() => new("SMTP 550: no such mailbox", permanent: true);

    public Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (_failures.TryDequeue(out var failure))
        {
            throw failure;
        }

        if (AlwaysFail)
        {
            throw Transient();
        }

        Sent.Enqueue(mail);
        _sent.Release();
        return Task.CompletedTask;
    }

    /// <summary>Waits until <paramref name="count"/> mails were accepted in all.</summary>
    public async Task WaitForSentAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (!await _sent.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                throw new TimeoutException($"{Sent.Count} of {count} mails were sent.");
            }
        }
    }
}
