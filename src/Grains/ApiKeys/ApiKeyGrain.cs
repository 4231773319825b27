using System.Security.Cryptography;
using Inkan.Grains.Errors;
using Inkan.Grains.Policy;
using Inkan.Silo;

namespace Inkan.Grains.ApiKeys;

/// <summary>
/// The API key grain: one key's hash, scopes and revocation. A key revoked through another node is refused here
/// within <see cref="PolicyOptions.AuthorizationMaxAge"/>.
/// </summary>
[GrainType("apikey")]
public sealed class ApiKeyGrain([PersistentState("apikey")] IPersistentState<ApiKeyState> state, AuthPolicy policy, TimeProvider time) : Grain, IApiKeyGrain
{
    private ApiKeyState S => state.State;

    private string KeyId => GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task CreateAsync(NewApiKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(key.Name, nameof(key.Name));
        if (!ApiKeyIds.IsValid(KeyId))
        {
            throw new ArgumentException("An API key id is 16 lowercase hex characters (ApiKeyIds.New).", "keyId");
        }

        if (key.SecretHash is not { Length: SHA256.HashSizeInBytes })
        {
            throw new ArgumentException("The secret hash must be a SHA-256 hash.", nameof(key));
        }

        if (S.Exists)
        {
            throw new DomainException(DomainError.Conflict, $"API key {KeyId} exists already.");
        }

        state.State = new ApiKeyState
        {
            Exists = true,
            Name = key.Name,
            SecretHash = key.SecretHash,
            Scopes = key.Scopes,
            ProtectedCallbackSecret = key.ProtectedCallbackSecret,
            CreatedAt = time.GetUtcNow(),
        };
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<ApiScopes> VerifyAsync(byte[] secretHash)
    {
        ArgumentNullException.ThrowIfNull(secretHash);
        await state.EnsureCurrentAsync(policy.Options.AuthorizationMaxAge);
        if (!S.Exists)
        {
            // Guessed ids must not pile up activations.
            DeactivateOnIdle();
        }

        var valid = S.Exists && S.RevokedAt is null && CryptographicOperations.FixedTimeEquals(S.SecretHash, secretHash);
        return valid ? S.Scopes : ApiScopes.None;
    }

    /// <inheritdoc />
    public Task<ApiKeyInfo> GetInfoAsync()
    {
        RequireExists();
        return Task.FromResult(Info());
    }

    /// <inheritdoc />
    public Task<byte[]> GetProtectedCallbackSecretAsync()
    {
        RequireExists();
        return Task.FromResult(S.ProtectedCallbackSecret);
    }

    /// <inheritdoc />
    public async Task<ApiKeyInfo> RevokeAsync()
    {
        RequireExists();
        if (S.RevokedAt is null)
        {
            S.RevokedAt = time.GetUtcNow();
            await state.WriteStateAsync();
        }

        return Info();
    }

    private ApiKeyInfo Info() => new(KeyId, S.Name, S.Scopes, S.CreatedAt, S.RevokedAt);

    private void RequireExists()
    {
        if (!S.Exists)
        {
            throw new DomainException(DomainError.NotFound, $"API key {KeyId} does not exist.");
        }
    }
}
