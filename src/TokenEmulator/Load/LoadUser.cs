using Inkan.Protocol.Tokens;

namespace Inkan.TokenEmulator.Load;

/// <summary>A user who confirms with a registered token whose key the load generator holds.</summary>
/// <param name="ContractId">The user's contract.</param>
/// <param name="LoginId">The user's login ID.</param>
/// <param name="Token">The registered token and its key.</param>
/// <param name="AdminTarget">A user of the same contract that ADM operations change (their permissions, to the same value each time).</param>
internal sealed record LoadUser(string ContractId, string LoginId, TokenRecord Token, string AdminTarget)
{
    /// <summary>Leaves the key out of logs.</summary>
    public override string ToString() => $"LoadUser {{ ContractId = {ContractId}, LoginId = {LoginId}, Serial = {Token.Serial} }}";
}
