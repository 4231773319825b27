using Inkan.Grains.Otp;

namespace Inkan.Gateway.Browser.Otp;

/// <summary>The answer to a request for an OTP mail as the page shows it: sent or why not, expiry, wait before another, mails left.</summary>
public sealed record OtpMailView(string Outcome, DateTimeOffset? ExpiresAt, int RetryAfterSeconds, int MailsLeft, DateTimeOffset ServerTime)
{
    /// <summary>The page's view of <paramref name="result"/> at <paramref name="now"/>.</summary>
    public static OtpMailView Of(OtpMailResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new OtpMailView(
            result.Outcome.ToString(), result.ExpiresAt == default ? null : result.ExpiresAt,
            (int)Math.Ceiling(result.RetryAfter.TotalSeconds), result.MailsLeft, now);
    }
}
