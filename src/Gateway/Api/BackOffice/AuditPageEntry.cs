using Inkan.Grains.Audit;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary>One audit entry with its storage log id (the paging position).</summary>
public sealed record AuditPageEntry(long LogId, AuditEntry Entry);
