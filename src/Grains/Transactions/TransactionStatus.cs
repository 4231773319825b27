using System.Text.Json.Serialization;

namespace Inkan.Grains.Transactions;

/// <summary>A pending transaction's life cycle (SPEC section 2): pending → authorized | rejected | expired | cancelled.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransactionStatus>))]
public enum TransactionStatus
{
    /// <summary>No such transaction.</summary>
    None,

    /// <summary>Waiting for the user's code.</summary>
    Pending,

    /// <summary>Confirmed; final.</summary>
    Authorized,

    /// <summary>Could not be confirmed (token revoked, administrative change no longer possible); final.</summary>
    Rejected,

    /// <summary>The challenge ran out; final.</summary>
    Expired,

    /// <summary>Cancelled by its user; final.</summary>
    Cancelled,
}
