using System.Text.Json.Serialization;

namespace Inkan.Grains.ApiKeys;

/// <summary>What a bank system's API key may call: transaction confirmation, the back office, or both.</summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<ApiScopes>))]
public enum ApiScopes
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Create, read, confirm and cancel transactions; log users on.</summary>
    Transactions = 1,

    /// <summary>Contracts, users, tokens, fees, audit trail and API keys.</summary>
    BackOffice = 2,
}
