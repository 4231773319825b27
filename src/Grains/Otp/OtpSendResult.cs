namespace Inkan.Grains.Otp;

/// <summary>
/// The answer to an issue or resend: either a new OTP to mail (the only time it exists in clear), or why not.
/// <see cref="ToString"/> never shows the OTP, so the result is safe to log.
/// </summary>
public sealed class OtpSendResult
{
    private OtpSendResult(string? otp, DateTimeOffset expiresAt, OtpSendRefusal refusal, TimeSpan retryAfter, int mailsLeft)
    {
        Otp = otp;
        ExpiresAt = expiresAt;
        Refusal = refusal;
        RetryAfter = retryAfter;
        MailsLeft = mailsLeft;
    }

    /// <summary>Whether a new OTP was made; mail it.</summary>
    public bool Sent => Otp is not null;

    /// <summary>The new OTP in clear, to put in the mail; null when refused.</summary>
    public string? Otp { get; }

    /// <summary>When the new OTP expires (refused: when the current one does).</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>Why no mail may be sent; <see cref="OtpSendRefusal.None"/> when one was.</summary>
    public OtpSendRefusal Refusal { get; }

    /// <summary>With <see cref="OtpSendRefusal.TooSoon"/>: how long until a resend is allowed.</summary>
    public TimeSpan RetryAfter { get; }

    /// <summary>How many more mails this transaction may send after this one.</summary>
    public int MailsLeft { get; }

    /// <summary>Shows the outcome without the OTP.</summary>
    public override string ToString() =>
        Sent ? $"OtpSendResult {{ Sent, ExpiresAt = {ExpiresAt:O}, MailsLeft = {MailsLeft} }}" : $"OtpSendResult {{ Refused = {Refusal}, RetryAfter = {RetryAfter}, MailsLeft = {MailsLeft} }}";

    internal static OtpSendResult Issued(string otp, DateTimeOffset expiresAt, int mailsLeft) =>
        new(otp, expiresAt, OtpSendRefusal.None, TimeSpan.Zero, mailsLeft);

    internal static OtpSendResult Refused(OtpSendRefusal refusal, DateTimeOffset expiresAt, TimeSpan retryAfter, int mailsLeft) =>
        new(null, expiresAt, refusal, retryAfter, mailsLeft);
}
