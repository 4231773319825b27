namespace Inkan.Grains.Contracts;

/// <summary>What the back office sees of a contract.</summary>
public sealed record ContractInfo(string ContractId, string Name, string MasterLoginId, IReadOnlyList<string> Users, IReadOnlyList<string> Tokens);
