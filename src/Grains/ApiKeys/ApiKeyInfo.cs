namespace Inkan.Grains.ApiKeys;

/// <summary>What may be shown of an API key: never its hash or callback secret.</summary>
public sealed record ApiKeyInfo(string KeyId, string Name, ApiScopes Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
