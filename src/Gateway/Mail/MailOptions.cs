using System.Net.Mail;

namespace Inkan.Gateway.Mail;

/// <summary>
/// The mail relay's settings, configuration section <c>Mail</c>. Without <see cref="Host"/> mails are written as
/// .eml files into <see cref="PickupDirectory"/> (the embedded default); with it they go to that SMTP server.
/// </summary>
public sealed class MailOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mail";

    /// <summary>The SMTP server; empty for .eml files.</summary>
    public string? Host { get; set; }

    /// <summary>The SMTP port (587, submission, by default).</summary>
    public int Port { get; set; } = 587;

    /// <summary>Whether to upgrade the connection with STARTTLS (<c>SmtpClient.EnableSsl</c>; implicit TLS on 465 is not supported by System.Net.Mail).</summary>
    public bool StartTls { get; set; } = true;

    /// <summary>The SMTP user name; empty for no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>The SMTP password.</summary>
    public string? Password { get; set; }

    /// <summary>The From address (seed 000 Q4: users whitelist it).</summary>
    public string SenderAddress { get; set; } = "noreply@inkan.invalid";

    /// <summary>The From display name.</summary>
    public string SenderName { get; set; } = "Inkan";

    /// <summary>Where .eml files go without <see cref="Host"/>; by default <c>&lt;DataDirectory&gt;/mail</c>.</summary>
    public string? PickupDirectory { get; set; }

    /// <summary>How long one SMTP send may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the relay looks at the outbox when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The wait after the first failed attempt; it doubles with each further failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A mail still failing this long after it was queued is recorded as failed (it was tried at least once).</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a node's claim on an outbox entry lasts; longer than <see cref="Timeout"/>.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many outbox entries the relay reads at once.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>This node's name in claims.</summary>
    public string NodeId { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Whether mails go to an SMTP server.</summary>
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The wait after <paramref name="attempts"/> failed attempts: <see cref="RetryInitialDelay"/> doubled per further attempt, capped.</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromTicks((long)Math.Min(RetryInitialDelay.Ticks * factor, RetryMaxDelay.Ticks));
    }

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the message names it.</exception>
    public void Validate()
    {
        Require(Port is >= 1 and <= 65535, nameof(Port), "must be from 1 to 65535");
        Require(MailAddress.TryCreate(SenderAddress, out var sender) && sender.Address == SenderAddress, nameof(SenderAddress), "must be one plain mail address");
        Require(!string.IsNullOrWhiteSpace(SenderName) && !SenderName.Any(char.IsControl), nameof(SenderName), "must be one non-empty line");
        Require(UsesSmtp || !string.IsNullOrWhiteSpace(PickupDirectory), nameof(PickupDirectory), "must be set when no Host is");
        Require(Timeout > TimeSpan.Zero, nameof(Timeout), "must be positive");
        Require(PollInterval > TimeSpan.Zero, nameof(PollInterval), "must be positive");
        Require(RetryInitialDelay > TimeSpan.Zero, nameof(RetryInitialDelay), "must be positive");
        Require(RetryMaxDelay >= RetryInitialDelay, nameof(RetryMaxDelay), "must not be less than RetryInitialDelay");
        Require(GiveUpAfter >= TimeSpan.Zero, nameof(GiveUpAfter), "must not be negative");
        Require(LeaseDuration > Timeout, nameof(LeaseDuration), "must be longer than Timeout");
        Require(BatchSize >= 1, nameof(BatchSize), "must be at least 1");
        Require(!string.IsNullOrWhiteSpace(NodeId), nameof(NodeId), "must not be empty");
    }

    private static void Require(bool condition, string field, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"Mail option {field} {rule}.", field);
        }
    }
}
