using Inkan.Silo;

namespace Inkan.Grains.Audit;

/// <summary>
/// Appends to an audit chain through its grain. An append that meets a head another node has moved on stores nothing,
/// and its activation is thrown away, so it is made once more on the head as stored rather than failing the request.
/// </summary>
public static class AuditGrainFactoryExtensions
{
    /// <summary>Appends <paramref name="record"/> to <paramref name="chain"/>; the answer comes once the entry is durable.</summary>
    public static async Task<AuditEntry> AppendAuditAsync(this IGrainFactory grains, string chain, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var audit = grains.GetGrain<IAuditGrain>(chain);
        try
        {
            return await audit.AppendAsync(record);
        }
        catch (InconsistentStateException)
        {
            // Nodes that take turns on one contract meet this once per turn; two appending at the same moment may meet
            // it again, and that one reaches the caller as a conflict to retry.
            return await audit.AppendAsync(record);
        }
    }
}
