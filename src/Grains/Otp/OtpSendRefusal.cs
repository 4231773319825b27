namespace Inkan.Grains.Otp;

/// <summary>Why no OTP mail may be sent now.</summary>
public enum OtpSendRefusal
{
    /// <summary>Not refused: the mail goes out.</summary>
    None,

    /// <summary>The transaction has sent its last allowed mail.</summary>
    LimitReached,

    /// <summary>The previous mail is too recent; see <see cref="OtpSendResult.RetryAfter"/>.</summary>
    TooSoon,

    /// <summary>The OTP was already used: the transaction is confirmed.</summary>
    AlreadyUsed,
}
