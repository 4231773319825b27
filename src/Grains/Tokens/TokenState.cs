namespace Inkan.Grains.Tokens;

/// <summary>Persisted state of a token grain. New fields need defaults so that older records still load.</summary>
public sealed class TokenState
{
    /// <summary>Life cycle position.</summary>
    public TokenStatus Status { get; set; }

    /// <summary>The secret, encrypted by <see cref="Security.TokenKeyProtector"/>.</summary>
    public byte[]? ProtectedKey { get; set; }

    /// <summary>The import batch the token came in.</summary>
    public string? BatchId { get; set; }

    /// <summary>The contract it was issued to.</summary>
    public string? ContractId { get; set; }

    /// <summary>Login IDs (of <see cref="ContractId"/>) that registered the token.</summary>
    public List<string> Users { get; set; } = [];

    /// <summary>Consecutive wrong codes, from all users together.</summary>
    public int Failures { get; set; }

    /// <summary>Whether wrong codes reached the limit.</summary>
    public bool Locked { get; set; }

    /// <summary>The written-request reference of the last back-office unlock.</summary>
    public string? LastUnlockReference { get; set; }

    /// <summary>
    /// The last transactions (at most <see cref="TokenGrain.AcceptedTransactionsKept"/>) this token's code authorized,
    /// oldest first, so that one asking again after its own write was lost does not get a second success entry.
    /// </summary>
    public List<string> AcceptedTransactions { get; set; } = [];

    /// <summary>The head of the token's audit chain, written together with each of its entries.</summary>
    public Audit.AuditHeadState AuditHead { get; set; } = new();
}
