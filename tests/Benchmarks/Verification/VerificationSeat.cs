using Inkan.Protocol.Tokens;

namespace Inkan.Benchmarks.Verification;

/// <summary>A user with the token they registered, as a load generator drives them: the token's key computes the codes.</summary>
public sealed record VerificationSeat(string ContractId, string LoginId, TokenRecord Token);
