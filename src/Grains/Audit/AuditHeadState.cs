namespace Inkan.Grains.Audit;

/// <summary>Persisted head of an audit chain; stored atomically with each appended entry (by the audit grain, or inside a token's state).</summary>
public sealed class AuditHeadState
{
    /// <summary>The last sequence; 0 before the first entry.</summary>
    public long Sequence { get; set; }

    /// <summary>The last entry's hash.</summary>
    public string Hash { get; set; } = AuditChain.GenesisHash;
}
