using System.Security.Cryptography;
using System.Text;
using Inkan.Silo;

namespace Inkan.Grains.Idempotency;

/// <summary>Implements <see cref="IIdempotencyKeyGrain"/>: one write when the key is bound (or bound again after it expired).</summary>
[GrainType("idempotencykey")]
public sealed class IdempotencyKeyGrain([PersistentState("idempotency")] IPersistentState<IdempotencyKeyState> state, TimeProvider time) : Grain, IIdempotencyKeyGrain
{
    /// <summary>How long a key stays bound to its first request.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    private IdempotencyKeyState S => state.State;

    /// <inheritdoc/>
    public async Task<IdempotencyReservation> ReserveAsync(string fingerprint, string candidateTransactionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        ArgumentException.ThrowIfNullOrEmpty(candidateTransactionId);

        // Another node may have bound the key since this copy was read.
        await state.EnsureCurrentAsync();
        var now = time.GetUtcNow();
        if (S.TransactionId.Length > 0 && now - S.BoundAt < Retention)
        {
            return new IdempotencyReservation(S.TransactionId, Replayed: true, SameRequest: SameFingerprint(fingerprint));
        }

        S.Fingerprint = fingerprint;
        S.TransactionId = candidateTransactionId;
        S.BoundAt = now;
        await state.WriteStateAsync();
        return new IdempotencyReservation(candidateTransactionId, Replayed: false, SameRequest: true);
    }

    private bool SameFingerprint(string fingerprint)
        => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(S.Fingerprint), Encoding.ASCII.GetBytes(fingerprint));
}
