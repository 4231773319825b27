using Inkan.Silo;

namespace Inkan.Grains.ApiKeys;

/// <summary>
/// One bank-system API key (key: its public id, see <see cref="ApiKeyIds"/>). Holds the hash of the secret,
/// the scopes and the encrypted callback signing secret; checks a presented secret's hash in constant time.
/// </summary>
public interface IApiKeyGrain : IGrainWithStringKey
{
    /// <summary>Creates the key; a conflict if the id is taken.</summary>
    Task CreateAsync(NewApiKey key);

    /// <summary>The key's scopes when <paramref name="secretHash"/> matches and the key is not revoked; <see cref="ApiScopes.None"/> otherwise.</summary>
    Task<ApiScopes> VerifyAsync(byte[] secretHash);

    /// <summary>The key's name, scopes and dates.</summary>
    Task<ApiKeyInfo> GetInfoAsync();

    /// <summary>The encrypted callback signing secret (for the callback relay only).</summary>
    Task<byte[]> GetProtectedCallbackSecretAsync();

    /// <summary>Revokes the key for good; repeating it is a no-op.</summary>
    Task<ApiKeyInfo> RevokeAsync();
}
