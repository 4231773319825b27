namespace Inkan.Grains.Audit;

/// <summary>
/// Names of the audit chains: one per contract and one for the bank's own inventory events. Per contract
/// because a chain is a single grain (one append at a time): contracts never queue behind each other, and
/// a contract's trail can be exported and verified on its own.
/// </summary>
public static class AuditChains
{
    /// <summary>The chain of events that belong to no contract yet (token import).</summary>
    public const string Bank = "bank";

    /// <summary>The chain of <paramref name="contractId"/>.</summary>
    public static string ForContract(string contractId) => "contract/" + contractId;

    /// <summary>The chain for an event of a token issued to <paramref name="contractId"/>, or the bank's when none.</summary>
    public static string ForContractOrBank(string? contractId) => contractId is null ? Bank : ForContract(contractId);

    /// <summary>The storage log that holds the entries of <paramref name="chain"/>.</summary>
    public static string LogName(string chain) => "audit/" + chain;
}
