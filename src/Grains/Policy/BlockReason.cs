namespace Inkan.Grains.Policy;

/// <summary>Why a user's operations cannot be confirmed.</summary>
public enum BlockReason
{
    /// <summary>Not blocked.</summary>
    None,

    /// <summary>The user's token is locked by wrong codes; only the back office can unlock it.</summary>
    TokenLocked,

    /// <summary>Transaction authentication is mandatory and the user has not registered a token.</summary>
    TokenRegistrationRequired,

    /// <summary>No token and no email OTP address: the user has no way to confirm.</summary>
    NoConfirmationMethod,

    /// <summary>The user's email OTP confirmation is locked by wrong OTPs.</summary>
    OtpLocked,
}
