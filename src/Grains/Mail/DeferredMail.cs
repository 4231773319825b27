namespace Inkan.Grains.Mail;

/// <summary>
/// An outbox entry behind the relay's cursor that still waits to be sent: its recipient's server refused it for now,
/// so the mails after it went first.
/// </summary>
/// <param name="EntryId">The outbox log entry id.</param>
/// <param name="Attempts">How many times sending was tried so far.</param>
/// <param name="NextAttemptAt">When the relay tries again.</param>
public sealed record DeferredMail(long EntryId, int Attempts, DateTimeOffset NextAttemptAt);
