using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// A new (or resent) challenge for the user: with method <c>Token</c> the page fetches its QR code, with <c>EmailOtp</c> it
/// asks for the PIN and the mailed OTP; either way it counts down to <see cref="ExpiresAt"/> by the server's clock.
/// </summary>
public sealed record ChallengeMessage(string TransactionId, string Kind, string Title, string Method, IReadOnlyList<DisplayLine> Lines, DateTimeOffset ExpiresAt, DateTimeOffset ServerTime);
