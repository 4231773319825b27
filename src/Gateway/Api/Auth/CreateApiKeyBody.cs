namespace Inkan.Gateway.Api.Auth;

/// <summary>A key to create: who it is for and its scopes (<c>transactions</c>, <c>backoffice</c>).</summary>
public sealed record CreateApiKeyBody(string? Name, IReadOnlyList<string>? Scopes);
