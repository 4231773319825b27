namespace Inkan.Gateway.Browser.Admin;

/// <summary>The administration page's data: the contract, its users and its tokens.</summary>
public sealed record ContractOverview(string ContractId, string Name, IReadOnlyList<UserRow> Users, IReadOnlyList<TokenRow> Tokens);
