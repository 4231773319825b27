using Inkan.Grains.Policy;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Transactions;

/// <summary>What the gateway shows of a transaction; <see cref="Payload"/> is the QR code's content.</summary>
public sealed record TransactionView(
    string TransactionId,
    string ContractId,
    string LoginId,
    TxaKind Kind,
    TransactionStatus Status,
    ConfirmationMethod Method,
    string Payload,
    string? TokenSerial,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    int WrongCodes,
    string? Detail)
{
    /// <summary>The view of <paramref name="state"/>.</summary>
    internal static TransactionView Of(string transactionId, TransactionState state) => new(
        transactionId, state.ContractId, state.LoginId, state.Kind, state.Status, state.Method, state.Payload,
        state.TokenSerial, state.CreatedAt, state.ExpiresAt, state.WrongCodes, state.Detail);
}
