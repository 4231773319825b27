namespace Inkan.Gateway.Tests.Api.Auth;

/// <summary>An API key as the back office reads it.</summary>
public sealed record ApiKeyViewBody(string KeyId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
