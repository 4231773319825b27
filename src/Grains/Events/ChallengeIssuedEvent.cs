using Inkan.Protocol.Txa;

namespace Inkan.Grains.Events;

/// <summary>A challenge for <paramref name="LoginId"/>: the payload to show as a QR code until <paramref name="ExpiresAt"/>.</summary>
public sealed record ChallengeIssuedEvent(string TransactionId, string ContractId, string LoginId, TxaKind Kind, string Payload, DateTimeOffset ExpiresAt);
