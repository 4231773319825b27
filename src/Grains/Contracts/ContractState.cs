using Inkan.Grains.Fees;

namespace Inkan.Grains.Contracts;

/// <summary>Persisted state of a contract grain. New fields need defaults so that older records still load.</summary>
public sealed class ContractState
{
    /// <summary>Whether the contract exists.</summary>
    public bool Exists { get; set; }

    /// <summary>The corporate customer's name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The master user's login ID.</summary>
    public string MasterLoginId { get; set; } = "";

    /// <summary>Login IDs of the contract's users.</summary>
    public List<string> Users { get; set; } = [];

    /// <summary>
    /// Login IDs of deleted users. They are never given again, so that the transactions, history and audit entries
    /// that name one always mean the same person.
    /// </summary>
    public List<string> RetiredUsers { get; set; } = [];

    /// <summary>Serials of the tokens issued to the contract, revoked ones included.</summary>
    public List<string> Tokens { get; set; } = [];

    /// <summary>The token fee ledger, in issue order.</summary>
    public List<FeeEntry> FeeLedger { get; set; } = [];
}
