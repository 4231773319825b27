namespace Inkan.Grains.Policy;

/// <summary>How a user's operations are confirmed.</summary>
public enum ConfirmationMethod
{
    /// <summary>The operations cannot be confirmed now; see <see cref="ConfirmationDecision.Reason"/>.</summary>
    Blocked,

    /// <summary>Camera token: QR challenge and 8-digit code.</summary>
    Token,

    /// <summary>Email one-time password plus the confirmation PIN.</summary>
    EmailOtp,
}
