namespace Inkan.Grains.Otp;

/// <summary>The answer to a PIN + OTP confirmation. <see cref="Rejected"/> never says which of the two was wrong.</summary>
public enum OtpConfirmationOutcome
{
    /// <summary>PIN and OTP were both right: authorize the transaction and consume the OTP.</summary>
    Confirmed,

    /// <summary>The PIN, the OTP or both were wrong; a failure was counted.</summary>
    Rejected,

    /// <summary>The user's confirmations are locked (now or before); nothing was checked or, if now, this failure locked them.</summary>
    Locked,

    /// <summary>The OTP expired before it was entered; nothing was checked or counted.</summary>
    Expired,

    /// <summary>The transaction has no usable OTP (not issued or already used); nothing was checked or counted.</summary>
    NotPending,

    /// <summary>Email OTP no longer serves the user (a registered token replaced it); nothing was checked or counted.</summary>
    NotAllowed,
}
