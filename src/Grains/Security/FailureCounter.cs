using System.Text.Json.Serialization;

namespace Inkan.Grains.Security;

/// <summary>
/// A user's consecutive failures of one secret (PIN + OTP confirmations, login passwords), as state a grain keeps:
/// a success resets the count, reaching the limit locks until the back office unlocks.
/// </summary>
public sealed class FailureCounter
{
    /// <summary>Failures since the last success or unlock.</summary>
    [JsonInclude]
    public int ConsecutiveFailures { get; internal set; }

    /// <summary>When the limit was reached; null while unlocked.</summary>
    [JsonInclude]
    public DateTimeOffset? LockedAt { get; internal set; }

    /// <summary>Whether it is locked.</summary>
    [JsonIgnore]
    public bool IsLocked => LockedAt is not null;

    /// <summary>Failures still allowed before the lock under <paramref name="limit"/>.</summary>
    public int Remaining(int limit) => Math.Max(0, limit - ConsecutiveFailures);

    /// <summary>Counts a failure; locks at <paramref name="limit"/>. Returns the failures still allowed (0: locked now).</summary>
    /// <exception cref="InvalidOperationException">Already locked: a locked secret is not checked at all.</exception>
    public int RecordFailure(int limit, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ThrowIfLocked();
        ConsecutiveFailures++;
        var remaining = Remaining(limit);
        if (remaining == 0)
        {
            LockedAt = now;
        }

        return remaining;
    }

    /// <summary>Resets the count after a success.</summary>
    /// <exception cref="InvalidOperationException">Locked: nothing succeeds while locked.</exception>
    public void RecordSuccess()
    {
        ThrowIfLocked();
        ConsecutiveFailures = 0;
    }

    /// <summary>The back office's unlock: clears the lock and the count. Returns whether it was locked.</summary>
    public bool Unlock()
    {
        var wasLocked = IsLocked;
        LockedAt = null;
        ConsecutiveFailures = 0;
        return wasLocked;
    }

    private void ThrowIfLocked()
    {
        if (IsLocked)
        {
            throw new InvalidOperationException("The user's OTP confirmations are locked until the back office unlocks them.");
        }
    }
}
