namespace Inkan.Grains.Mail;

/// <summary>A node's claim on one outbox entry, good until <paramref name="Until"/>.</summary>
/// <param name="EntryId">The outbox log entry being sent.</param>
/// <param name="Node">The node sending it.</param>
/// <param name="Until">When the claim lapses if not renewed or completed.</param>
public sealed record MailRelayLease(long EntryId, string Node, DateTimeOffset Until);
