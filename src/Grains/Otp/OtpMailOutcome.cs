namespace Inkan.Grains.Otp;

/// <summary>Whether an OTP mail was queued (address registration or a transaction's resend), or why not.</summary>
public enum OtpMailOutcome
{
    /// <summary>A new OTP was mailed; the previous one no longer works.</summary>
    Sent,

    /// <summary>The previous mail is too recent; see <see cref="OtpMailResult.RetryAfter"/>.</summary>
    TooSoon,

    /// <summary>The allowed number of mails was sent.</summary>
    LimitReached,

    /// <summary>Nothing waits for an OTP: the transaction is no longer pending, or its OTP was used.</summary>
    NotPending,

    /// <summary>The user's OTP confirmations are locked until the back office unlocks them.</summary>
    Locked,

    /// <summary>Email OTP does not serve this user: a token was registered, tokens are mandatory, or nothing of theirs needs confirmation.</summary>
    NotAllowed,

    /// <summary>
    /// The user has a registered address, which only the back office replaces (on a written request): malware that
    /// learned the PIN in the browser must not move the OTP mails to a mailbox of its own.
    /// </summary>
    AddressRegistered,
}
