namespace Inkan.Grains.Audit;

/// <summary>How a chain was found tampered with.</summary>
public enum AuditFault
{
    /// <summary>The chain is intact.</summary>
    None,

    /// <summary>An entry's content no longer matches its hash or its successor's link.</summary>
    Altered,

    /// <summary>An entry is missing from the middle.</summary>
    Deleted,

    /// <summary>Entries are out of order.</summary>
    Reordered,

    /// <summary>Entries are missing at the end (shorter than the recorded head).</summary>
    Truncated,
}
