namespace Inkan.Grains.Mail;

/// <summary>An outbox mail that the relay gave up on, for the back office. Holds no body (it may hold an OTP).</summary>
/// <param name="EntryId">The outbox log entry id.</param>
/// <param name="MailId">The mail's id (<see cref="OutboxMail.Id"/>); empty when the entry could not be read.</param>
/// <param name="To">The recipient; empty when the entry could not be read.</param>
/// <param name="Subject">The subject; empty when the entry could not be read.</param>
/// <param name="QueuedAt">When the mail was queued (<see cref="OutboxMail.CreatedAt"/>).</param>
/// <param name="FailedAt">When the relay gave up.</param>
/// <param name="Attempts">How many times sending was tried.</param>
/// <param name="Reason">The last error, e.g. the SMTP server's answer.</param>
public sealed record MailFailure(
    long EntryId, string MailId, string To, string Subject, DateTimeOffset QueuedAt, DateTimeOffset FailedAt, int Attempts, string Reason);
