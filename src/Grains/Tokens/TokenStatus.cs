using System.Text.Json.Serialization;

namespace Inkan.Grains.Tokens;

/// <summary>A token's life cycle (SPEC section 2): in stock → issued → active, or revoked. Locking is separate.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TokenStatus>))]
public enum TokenStatus
{
    /// <summary>No such token in the inventory.</summary>
    Unknown,

    /// <summary>Imported, not yet issued to a contract.</summary>
    InStock,

    /// <summary>Issued to a contract; no user has registered it yet.</summary>
    Issued,

    /// <summary>Registered by at least one user.</summary>
    Active,

    /// <summary>Revoked for good.</summary>
    Revoked,
}
