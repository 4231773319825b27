using Inkan.Silo;

namespace Inkan.Grains.Idempotency;

/// <summary>
/// One idempotency key of one API key (grain key <c>&lt;api key id&gt;/&lt;idempotency key&gt;</c>): binds the first
/// request that names it to one transaction id, so that a bank system retrying a creation after a lost answer gets
/// the transaction it created instead of a second one. Remembered for <see cref="IdempotencyKeyGrain.Retention"/>.
/// </summary>
public interface IIdempotencyKeyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Binds the key to <paramref name="candidateTransactionId"/> and the request's <paramref name="fingerprint"/>,
    /// unless a request bound it before: then its transaction id, and whether the fingerprints match. Durable before it answers.
    /// </summary>
    Task<IdempotencyReservation> ReserveAsync(string fingerprint, string candidateTransactionId);
}
