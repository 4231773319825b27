namespace Inkan.Gateway.Browser.Admin;

/// <summary>One token of the contract on the administration page: status, lock and the users who registered it.</summary>
public sealed record TokenRow(string Serial, string Status, bool Locked, int Failures, IReadOnlyList<string> Users);
