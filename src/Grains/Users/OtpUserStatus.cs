using Inkan.Grains.Mail;

namespace Inkan.Grains.Users;

/// <summary>A user's email OTP standing, for the user's screens and the back office.</summary>
/// <param name="Address">The registered OTP address; null before registration.</param>
/// <param name="Language">The language of the user's OTP mails.</param>
/// <param name="Locked">Whether wrong PIN + OTP confirmations locked the user until the back office unlocks them.</param>
/// <param name="ConsecutiveFailures">Failed confirmations since the last success or unlock.</param>
/// <param name="PendingAddress">The address whose registration waits for its OTP; null when none does.</param>
/// <param name="PendingExpiresAt">When the pending registration's OTP expires.</param>
public sealed record OtpUserStatus(
    string? Address, MailLanguage Language, bool Locked, int ConsecutiveFailures, string? PendingAddress, DateTimeOffset? PendingExpiresAt);
