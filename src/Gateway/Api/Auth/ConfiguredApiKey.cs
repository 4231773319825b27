namespace Inkan.Gateway.Api.Auth;

/// <summary>
/// An API key given in configuration (<c>BankApi:Keys:&lt;id&gt;</c>), so that a deployment without demo data has its
/// first key: the holder keeps <c>inkan.&lt;id&gt;.&lt;secret&gt;</c>, the configuration holds only the secret's SHA-256.
/// </summary>
public sealed class ConfiguredApiKey
{
    /// <summary>Who the key is for.</summary>
    public string? Name { get; set; }

    /// <summary>SHA-256 of the secret part's UTF-8 bytes, 64 hex digits.</summary>
    public string? SecretSha256 { get; set; }

    /// <summary>Comma-separated scopes: <c>transactions</c>, <c>backoffice</c>.</summary>
    public string? Scopes { get; set; }

    /// <summary>The secret that signs this key's callbacks (at least 16 characters).</summary>
    public string? CallbackSecret { get; set; }
}
