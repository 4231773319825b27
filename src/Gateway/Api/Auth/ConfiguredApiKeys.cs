using Inkan.Gateway.Api.Problems;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Errors;
using Inkan.Silo;

namespace Inkan.Gateway.Api.Auth;

/// <summary>
/// At start, stores each key of <c>BankApi:Keys</c> that is not stored yet; a stored key stays as it is (revoke it
/// through the back office to replace it). A malformed entry stops the start with a message naming it.
/// </summary>
public sealed class ConfiguredApiKeys(IConfiguration configuration, IGrainFactory grains, ApiKeyIssuer issuer, ILogger<ConfiguredApiKeys> logger) : IHostedService
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "BankApi:Keys";

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in configuration.GetSection(SectionName).GetChildren())
        {
            var key = entry.Get<ConfiguredApiKey>() ?? new ConfiguredApiKey();
            var (hash, scopes) = Check(entry.Key, key);
            try
            {
                await issuer.CreateAsync(entry.Key, key.Name ?? entry.Key, hash, scopes, key.CallbackSecret!);
                logger.LogInformation("Configured API key {KeyId} stored", entry.Key);
            }
            // Stored before, or by another node starting at the same moment (its write won, this one stored nothing).
            catch (Exception e) when (e is DomainException { Error: DomainError.Conflict } or InconsistentStateException)
            {
                var info = await grains.GetGrain<IApiKeyGrain>(entry.Key).GetInfoAsync();
                logger.LogDebug("Configured API key {KeyId} is stored already (revoked: {Revoked})", info.KeyId, info.RevokedAt is not null);
            }
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static (byte[] Hash, ApiScopes Scopes) Check(string keyId, ConfiguredApiKey key)
    {
        var where = $"{SectionName}:{keyId}";
        Require(ApiKeyIds.IsValid(keyId), where, "the id must be 16 lowercase hex characters");
        Require(key.SecretSha256 is { Length: 64 } hex && hex.All(char.IsAsciiHexDigit), where, "SecretSha256 must be 64 hex digits");
        Require(key.CallbackSecret is { Length: >= 16 }, where, "CallbackSecret must be at least 16 characters");
        try
        {
            return (Convert.FromHexString(key.SecretSha256!), ApiScopeNames.Parse(key.Scopes?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), "Scopes"));
        }
        catch (ApiValidationException e)
        {
            throw new InvalidOperationException($"{where}: {e.Message}", e);
        }
    }

    private static void Require(bool condition, string where, string rule)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{where}: {rule}.");
        }
    }
}
