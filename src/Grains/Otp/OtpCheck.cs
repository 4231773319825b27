namespace Inkan.Grains.Otp;

/// <summary>What <see cref="OtpChallenge.Check"/> found; only <see cref="Match"/> and <see cref="Mismatch"/> test the typed OTP.</summary>
public enum OtpCheck
{
    /// <summary>The typed OTP is the current one and still valid.</summary>
    Match,

    /// <summary>The typed OTP is not the current one.</summary>
    Mismatch,

    /// <summary>The current OTP has expired; nothing was compared.</summary>
    Expired,

    /// <summary>No OTP was issued, or it was already used; nothing was compared.</summary>
    NotPending,
}
