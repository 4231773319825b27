namespace Inkan.Gateway.Api.Auth;

/// <summary>Names of the API-key authentication scheme, its headers, claims and authorization policies.</summary>
public static class ApiKeyDefaults
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The header that may carry the key instead of <c>Authorization: Bearer</c>.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The claim holding one scope of the key (<c>transactions</c> or <c>backoffice</c>).</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The claim holding the key's id.</summary>
    public const string KeyIdClaim = "api_key_id";

    /// <summary>The policy (and scope) for transaction endpoints.</summary>
    public const string TransactionsPolicy = "transactions";

    /// <summary>The policy (and scope) for back-office endpoints.</summary>
    public const string BackOfficePolicy = "backoffice";
}
