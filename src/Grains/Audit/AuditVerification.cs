namespace Inkan.Grains.Audit;

/// <summary>The result of verifying a chain: intact, or the first fault with where it is.</summary>
/// <param name="Fault">The first fault found.</param>
/// <param name="Position">Index in the verified list of the first entry affected (the list length when entries are missing at the end).</param>
/// <param name="Sequence">The sequence number of that entry, or of the first missing one.</param>
public sealed record AuditVerification(AuditFault Fault, int Position, long Sequence)
{
    /// <summary>An intact chain.</summary>
    public static AuditVerification Intact { get; } = new(AuditFault.None, -1, 0);

    /// <summary>Whether no fault was found.</summary>
    public bool IsIntact => Fault == AuditFault.None;
}
