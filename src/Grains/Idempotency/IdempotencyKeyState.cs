namespace Inkan.Grains.Idempotency;

/// <summary>Persisted state of an idempotency key grain: the request that bound the key, and when.</summary>
public sealed class IdempotencyKeyState
{
    /// <summary>The binding request's fingerprint (a keyed hash: it reveals nothing of the request).</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>The transaction id it was bound to; empty while unbound.</summary>
    public string TransactionId { get; set; } = "";

    /// <summary>When it was bound.</summary>
    public DateTimeOffset BoundAt { get; set; }
}
