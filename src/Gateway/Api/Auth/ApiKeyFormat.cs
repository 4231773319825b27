using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Api.Auth;

/// <summary>
/// The shape of an API key: <c>inkan.&lt;id&gt;.&lt;secret&gt;</c>, where the id (16 hex characters) is public and
/// names the key's grain, and the secret is 32 random bytes in base64url. Only SHA-256 of the secret is stored:
/// with 256 random bits a slow hash adds nothing.
/// </summary>
public static class ApiKeyFormat
{
    /// <summary>The prefix that marks an Inkan key (and lets secret scanners find leaked ones).</summary>
    public const string Prefix = "inkan";

    private const int SecretBytes = 32;
    private const string BearerPrefix = "Bearer ";

    /// <summary>A new key: its id and the full key string.</summary>
    public static (string KeyId, string Key) Generate()
    {
        var id = ApiKeyIds.New();
        return (id, $"{Prefix}.{id}.{Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes))}");
    }

    /// <summary>Splits <paramref name="key"/> into its id and the SHA-256 of its secret; false when it is not shaped as a key.</summary>
    public static bool TryParse(string? key, [NotNullWhen(true)] out string? keyId, [NotNullWhen(true)] out byte[]? secretHash)
    {
        keyId = null;
        secretHash = null;
        var parts = key?.Split('.');
        if (parts is not [Prefix, var id, var secret] || !ApiKeyIds.IsValid(id) || secret.Length is 0 or > 128)
        {
            return false;
        }

        keyId = id;
        secretHash = SHA256.HashData(Encoding.UTF8.GetBytes(secret));
        return true;
    }

    /// <summary>The key <paramref name="request"/> presents (<c>Authorization: Bearer</c> or <c>X-Api-Key</c>), unchecked; null when none.</summary>
    public static string? Presented(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return authorization[BearerPrefix.Length..].Trim();
        }

        var header = request.Headers[ApiKeyDefaults.HeaderName].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }
}
