using System.Net.Mail;
using System.Text.Json;

namespace Inkan.Grains.Mail;

/// <summary>
/// A mail waiting in the durable outbox (log <see cref="LogName"/>). A grain appends it atomically with the
/// state change that causes it (<see cref="OutboxExtensions.AppendToOutbox{TState}"/>); the relay sends it.
/// The body may hold an OTP, so <see cref="ToString"/> leaves it out.
/// </summary>
/// <param name="Id">A key unique to this mail, e.g. <c>"&lt;grain key&gt;/otp/&lt;mail number&gt;"</c>; the relay makes it the Message-ID and the .eml name, so a resent mail can be recognized.</param>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="CreatedAt">When the mail was queued.</param>
public sealed record OutboxMail(string Id, string To, string Subject, string Body, DateTimeOffset CreatedAt)
{
    /// <summary>The name of the append-only log that is the outbox.</summary>
    public const string LogName = "outbox";

    /// <summary>Creates a checked outbox entry for <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">The id is empty or not printable ASCII, or the address is not one mail address.</exception>
    public static OutboxMail Create(string id, string to, MailText text, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mail = new OutboxMail(id, to, text.Subject, text.Body, createdAt);
        mail.Validate();
        return mail;
    }

    /// <summary>Reads an outbox entry written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The payload is not a valid outbox entry.</exception>
    public static OutboxMail FromJson(string json)
    {
        OutboxMail? mail;
        try
        {
            mail = JsonSerializer.Deserialize(json, MailJsonContext.Default.OutboxMail);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The outbox entry is not valid JSON: {e.Message}", e);
        }

        if (mail is null)
        {
            throw new FormatException("The outbox entry is empty.");
        }

        try
        {
            mail.Validate();
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"The outbox entry is invalid: {e.Message}", e);
        }

        return mail;
    }

    /// <summary>The entry as JSON for the outbox log.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, MailJsonContext.Default.OutboxMail);

    /// <summary>Shows the id, recipient and subject, never the body.</summary>
    public override string ToString() => $"OutboxMail {{ Id = {Id}, To = {To}, Subject = {Subject}, CreatedAt = {CreatedAt:O} }}";

    private void Validate()
    {
        if (string.IsNullOrEmpty(Id) || Id.Length > 200 || !Id.All(c => c is > ' ' and < '\x7f'))
        {
            throw new ArgumentException("Id must be 1 to 200 printable ASCII characters without spaces.", nameof(Id));
        }

        if (string.IsNullOrWhiteSpace(To) || !MailAddress.TryCreate(To, out var address) || address.Address != To)
        {
            throw new ArgumentException("To must be one plain mail address.", nameof(To));
        }

        if (string.IsNullOrWhiteSpace(Subject) || Subject.Any(char.IsControl))
        {
            throw new ArgumentException("Subject must be one non-empty line.", nameof(Subject));
        }

        ArgumentException.ThrowIfNullOrEmpty(Body, nameof(Body));
    }
}
