using Inkan.Grains.Security;

namespace Inkan.Grains.Otp;

/// <summary>
/// Decides a confirmation from the PIN check and the OTP check together and counts it against the user.
/// The caller verifies both before calling (always both, so the time taken does not tell which was wrong).
/// </summary>
public static class OtpConfirmation
{
    /// <summary>
    /// Locked users are refused before anything else; an expired or unusable OTP is answered as such without
    /// counting; otherwise both right confirms (and resets the count) and anything else is one counted failure.
    /// On <see cref="OtpConfirmationOutcome.Confirmed"/> the caller consumes the OTP (<see cref="OtpChallenge.Consume"/>).
    /// </summary>
    public static OtpConfirmationResult Decide(FailureCounter counter, int failureLimit, bool pinMatches, OtpCheck otp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(counter);
        ArgumentOutOfRangeException.ThrowIfLessThan(failureLimit, 1);
        if (counter.IsLocked)
        {
            return new(OtpConfirmationOutcome.Locked, 0, JustLocked: false);
        }

        switch (otp)
        {
            case OtpCheck.Expired:
                return new(OtpConfirmationOutcome.Expired, counter.Remaining(failureLimit), JustLocked: false);
            case OtpCheck.NotPending:
                return new(OtpConfirmationOutcome.NotPending, counter.Remaining(failureLimit), JustLocked: false);
            case OtpCheck.Match when pinMatches:
                counter.RecordSuccess();
                return new(OtpConfirmationOutcome.Confirmed, failureLimit, JustLocked: false);
            default:
                var remaining = counter.RecordFailure(failureLimit, now);
                return remaining == 0
                    ? new(OtpConfirmationOutcome.Locked, 0, JustLocked: true)
                    : new(OtpConfirmationOutcome.Rejected, remaining, JustLocked: false);
        }
    }
}
