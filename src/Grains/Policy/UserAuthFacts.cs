using Inkan.Grains.Users;

namespace Inkan.Grains.Policy;

/// <summary>What the policy needs to know about a user to decide their logon and confirmations.</summary>
/// <param name="Permissions">The user's permissions.</param>
/// <param name="Token">The user's registered token, if any.</param>
/// <param name="HasOtpAddress">Whether an email OTP address is registered.</param>
/// <param name="OtpLocked">Whether too many wrong OTPs locked the user's email OTP confirmation.</param>
/// <param name="TokenEverRegistered">Whether the user ever registered a token: email OTP never serves them again, even once that token is revoked.</param>
public sealed record UserAuthFacts(Permissions Permissions, TokenStanding Token, bool HasOtpAddress, bool OtpLocked, bool TokenEverRegistered = false);
