namespace Inkan.Gateway.Browser.Admin;

/// <summary>One user of the contract on the administration page: permissions and registered token.</summary>
public sealed record UserRow(string LoginId, bool Master, IReadOnlyList<string> Permissions, string Token, string? TokenSerial);
