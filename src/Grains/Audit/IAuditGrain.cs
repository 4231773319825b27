using Inkan.Silo;

namespace Inkan.Grains.Audit;

/// <summary>One audit hash chain (key from <see cref="AuditChains"/>): appends entries and keeps the head.</summary>
public interface IAuditGrain : IGrainWithStringKey
{
    /// <summary>Appends <paramref name="record"/>; the answer comes once the entry is durable.</summary>
    Task<AuditEntry> AppendAsync(AuditRecord record);

    /// <summary>The chain's last sequence and hash.</summary>
    Task<AuditHead> GetHeadAsync();
}
