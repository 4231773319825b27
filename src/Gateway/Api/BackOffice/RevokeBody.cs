namespace Inkan.Gateway.Api.BackOffice;

/// <summary>Why the token is revoked.</summary>
public sealed record RevokeBody(string? Reason);
