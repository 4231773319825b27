namespace Inkan.Grains.Otp;

/// <summary>
/// The outcome of a PIN + OTP confirmation and the failures still allowed before the lock. It holds nothing
/// that depends on which credential was wrong, so a caller cannot tell, and neither can a user.
/// </summary>
/// <param name="Outcome">What happened.</param>
/// <param name="RemainingAttempts">Failures still allowed before the user's confirmations lock.</param>
/// <param name="JustLocked">Whether this very failure locked the user (for the audit trail).</param>
public sealed record OtpConfirmationResult(OtpConfirmationOutcome Outcome, int RemainingAttempts, bool JustLocked)
{
    /// <summary>The warning before the last attempt: one more failure locks the user's confirmations.</summary>
    public bool IsFinalWarning => Outcome == OtpConfirmationOutcome.Rejected && RemainingAttempts == 1;
}
