using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Api.Auth;

/// <summary>What the back office sees of an API key: never the key, its hash or its callback secret.</summary>
public sealed record ApiKeyView(string KeyId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>The view of <paramref name="info"/>.</summary>
    public static ApiKeyView Of(ApiKeyInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        return new(info.KeyId, info.Name, ApiScopeNames.Of(info.Scopes), info.CreatedAt, info.RevokedAt);
    }
}
