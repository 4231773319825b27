namespace Inkan.Grains.Idempotency;

/// <summary>What an idempotency key is bound to.</summary>
/// <param name="TransactionId">The transaction id of the request that bound the key.</param>
/// <param name="Replayed">Whether an earlier request bound it (this one is a retry, or a reuse).</param>
/// <param name="SameRequest">Whether this request is the one that bound it: false when the key is reused for another request.</param>
public sealed record IdempotencyReservation(string TransactionId, bool Replayed, bool SameRequest);
