namespace Inkan.Grains.Callbacks;

/// <summary>A callback the relay gave up on, for the back office.</summary>
/// <param name="EntryId">The outbox log entry id.</param>
/// <param name="TransactionId">The transaction whose status it carried.</param>
/// <param name="Url">Where it was POSTed.</param>
/// <param name="FailedAt">When the relay gave up.</param>
/// <param name="Attempts">How many times it was tried.</param>
/// <param name="Reason">The last error, e.g. the HTTP status.</param>
public sealed record CallbackFailure(long EntryId, string TransactionId, string Url, DateTimeOffset FailedAt, int Attempts, string Reason);
