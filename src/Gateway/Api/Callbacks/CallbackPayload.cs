using Inkan.Grains.Callbacks;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>The JSON body POSTed to a callback URL: the transaction's final status. Receivers deduplicate by transaction id.</summary>
public sealed record CallbackPayload(string TransactionId, string ContractId, string LoginId, TxaKind Kind, TransactionStatus Status, string? Detail, DateTimeOffset CompletedAt)
{
    /// <summary>The payload of <paramref name="notice"/>.</summary>
    public static CallbackPayload Of(CallbackNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return new(notice.TransactionId, notice.ContractId, notice.LoginId, notice.Kind, notice.Status, notice.Detail, notice.CompletedAt);
    }
}
