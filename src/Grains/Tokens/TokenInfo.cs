namespace Inkan.Grains.Tokens;

/// <summary>What may be shown of a token: never its key.</summary>
public sealed record TokenInfo(string Serial, TokenStatus Status, bool Locked, int Failures, string? ContractId, IReadOnlyList<string> Users);
