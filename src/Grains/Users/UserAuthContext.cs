using Inkan.Grains.Policy;

namespace Inkan.Grains.Users;

/// <summary>
/// A user's policy facts now, with the serial of their registered token (null when none is usable) and where
/// their OTP mails go (null before an address is registered).
/// </summary>
public sealed record UserAuthContext(UserAuthFacts Facts, string? TokenSerial, OtpDestination? Otp = null);
