using Inkan.Grains.Policy;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Events;

/// <summary>
/// A challenge for <paramref name="LoginId"/>, valid until <paramref name="ExpiresAt"/>: with <see cref="ConfirmationMethod.Token"/>
/// the payload to show as a QR code; with <see cref="ConfirmationMethod.EmailOtp"/> an OTP mail is on its way (show the PIN + OTP form, no QR code).
/// </summary>
public sealed record ChallengeIssuedEvent(
    string TransactionId, string ContractId, string LoginId, TxaKind Kind, string Payload, DateTimeOffset ExpiresAt, ConfirmationMethod Method = ConfirmationMethod.Token);
