namespace Inkan.Gateway.Api.BackOffice;

/// <summary>A user's new permissions.</summary>
public sealed record PermissionsBody(IReadOnlyList<string>? Permissions);
