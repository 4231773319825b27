namespace Inkan.Grains.Otp;

/// <summary>The answer to a request for an OTP mail. Never holds the OTP: it exists in clear only in the mail.</summary>
/// <param name="Outcome">Whether a mail was queued, or why not.</param>
/// <param name="ExpiresAt">When the current OTP expires (the new one when sent); default when there is none.</param>
/// <param name="RetryAfter">With <see cref="OtpMailOutcome.TooSoon"/>: how long until another mail is allowed.</param>
/// <param name="MailsLeft">How many more mails may be sent for the same OTP challenge.</param>
public sealed record OtpMailResult(OtpMailOutcome Outcome, DateTimeOffset ExpiresAt, TimeSpan RetryAfter, int MailsLeft)
{
    /// <summary>A refusal that concerns no challenge.</summary>
    public static OtpMailResult Refused(OtpMailOutcome outcome) => new(outcome, default, TimeSpan.Zero, 0);

    /// <summary>The answer for what <see cref="OtpChallenge.Issue"/> or <see cref="OtpChallenge.Resend"/> returned.</summary>
    public static OtpMailResult Of(OtpSendResult send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var outcome = send.Refusal switch
        {
            OtpSendRefusal.None => OtpMailOutcome.Sent,
            OtpSendRefusal.TooSoon => OtpMailOutcome.TooSoon,
            OtpSendRefusal.LimitReached => OtpMailOutcome.LimitReached,
            _ => OtpMailOutcome.NotPending,
        };
        return new(outcome, send.ExpiresAt, send.RetryAfter, send.MailsLeft);
    }
}
