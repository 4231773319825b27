namespace Inkan.Gateway.Mail;

/// <summary>A mail was not sent. Permanent failures (e.g. SMTP 5xx, a malformed address) are not retried.</summary>
public sealed class MailDeliveryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MailDeliveryException(string message, bool permanent, Exception? innerException = null) : base(message, innerException) =>
        Permanent = permanent;

    /// <summary>Creates a transient failure.</summary>
    public MailDeliveryException() : this("The mail was not sent.", permanent: false)
    {
    }

    /// <summary>Creates a transient failure.</summary>
    public MailDeliveryException(string message) : this(message, permanent: false)
    {
    }

    /// <summary>Creates a transient failure.</summary>
    public MailDeliveryException(string message, Exception innerException) : this(message, permanent: false, innerException)
    {
    }

    /// <summary>Whether trying again cannot help.</summary>
    public bool Permanent { get; }

    /// <summary>Whether the failure concerns this mail's recipient alone (the server takes other mails), so later mails need not wait for it.</summary>
    public bool RecipientOnly { get; init; }
}
