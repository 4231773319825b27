namespace Inkan.Grains.ApiKeys;

/// <summary>Persisted state of an API key grain. New fields need defaults so that older records still load.</summary>
public sealed class ApiKeyState
{
    /// <summary>Whether the key was created.</summary>
    public bool Exists { get; set; }

    /// <summary>Who the key is for, e.g. the bank system's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the key's secret part; the secret itself is never stored.</summary>
    public byte[] SecretHash { get; set; } = [];

    /// <summary>What the key may call.</summary>
    public ApiScopes Scopes { get; set; }

    /// <summary>The secret that signs callbacks to this key's holder, encrypted under the master key.</summary>
    public byte[] ProtectedCallbackSecret { get; set; } = [];

    /// <summary>When the key was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key was revoked; null while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
