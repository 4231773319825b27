using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Push;

/// <summary>A new challenge for the user: the page fetches its QR code and counts down to <see cref="ExpiresAt"/> by the server's clock.</summary>
public sealed record ChallengeMessage(string TransactionId, string Kind, string Title, IReadOnlyList<DisplayLine> Lines, DateTimeOffset ExpiresAt, DateTimeOffset ServerTime);
