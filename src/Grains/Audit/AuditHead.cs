namespace Inkan.Grains.Audit;

/// <summary>The end of a chain: the last sequence and its hash. A chain's holder keeps it to detect truncation.</summary>
/// <param name="Sequence">The last entry's sequence; 0 for an empty chain.</param>
/// <param name="Hash">The last entry's hash, or <see cref="AuditChain.GenesisHash"/>.</param>
public sealed record AuditHead(long Sequence, string Hash)
{
    /// <summary>The head of an empty chain.</summary>
    public static AuditHead Empty { get; } = new(0, AuditChain.GenesisHash);
}
