using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Security;
using Inkan.Silo;

namespace Inkan.Gateway.Api.Auth;

/// <summary>
/// Creates API keys (back office and demo seeding) and reads their callback secrets (callback relay). The callback
/// secret is stored encrypted under the master key, bound to the key id; the key itself only as a hash.
/// </summary>
public sealed class ApiKeyIssuer(IGrainFactory grains, TokenKeyProtector protector)
{
    /// <summary>Creates a key for <paramref name="name"/> with <paramref name="scopes"/>.</summary>
    public async Task<IssuedApiKey> IssueAsync(string name, ApiScopes scopes)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100 || name.Any(char.IsControl))
        {
            throw new Problems.ApiValidationException("name", "name must be 1 to 100 printable characters.");
        }

        var (keyId, key) = ApiKeyFormat.Generate();
        ApiKeyFormat.TryParse(key, out _, out var secretHash);
        var callbackSecret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await CreateAsync(keyId, name, secretHash!, scopes, callbackSecret);
        return new IssuedApiKey(keyId, name, ApiScopeNames.Of(scopes), key, callbackSecret);
    }

    /// <summary>Stores a key whose secret the caller chose and hashed (a configured key); a conflict if the id is taken.</summary>
    public Task CreateAsync(string keyId, string name, byte[] secretHash, ApiScopes scopes, string callbackSecret)
        => grains.GetGrain<IApiKeyGrain>(keyId).CreateAsync(
            new NewApiKey(name, secretHash, scopes, protector.Protect(Binding(keyId), Encoding.UTF8.GetBytes(callbackSecret))));

    /// <summary>The callback signing key of <paramref name="keyId"/>; the caller wipes it after use.</summary>
    public async Task<byte[]> CallbackKeyAsync(string keyId)
        => protector.Unprotect(Binding(keyId), await grains.GetGrain<IApiKeyGrain>(keyId).GetProtectedCallbackSecretAsync());

    private static string Binding(string keyId) => "api-key-callback:" + keyId;
}
