namespace Inkan.Gateway.Api.BackOffice;

/// <summary>A page of an audit chain in stored order; pass <see cref="NextAfterId"/> as <c>afterId</c> for the next page (null at the end).</summary>
public sealed record AuditPage(string Chain, IReadOnlyList<AuditPageEntry> Entries, long? NextAfterId);
