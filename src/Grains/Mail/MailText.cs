namespace Inkan.Grains.Mail;

/// <summary>A composed mail's subject and plain-text body. The body may hold an OTP, so <see cref="ToString"/> leaves it out.</summary>
/// <param name="Subject">The subject line (never holds the OTP).</param>
/// <param name="Body">The body, lines separated by LF.</param>
public sealed record MailText(string Subject, string Body)
{
    /// <summary>Shows the subject only.</summary>
    public override string ToString() => $"MailText {{ Subject = {Subject} }}";
}
