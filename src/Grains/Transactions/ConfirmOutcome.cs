namespace Inkan.Grains.Transactions;

/// <summary>The answer to a code (token) or to a PIN + OTP (email OTP).</summary>
public enum ConfirmOutcome
{
    /// <summary>Right code: the transaction is authorized.</summary>
    Authorized,

    /// <summary>
    /// Wrong code; more than one attempt left on the token. For email OTP: the PIN, the OTP or both were wrong (never
    /// saying which); more than one attempt left before the user's OTP confirmations lock.
    /// </summary>
    WrongCode,

    /// <summary>As <see cref="WrongCode"/>, with one attempt left before the token (or the user's OTP confirmations) lock: the warning.</summary>
    LastAttempt,

    /// <summary>The token is locked; the same answer whether the code was right or wrong.</summary>
    TokenLocked,

    /// <summary>The token can no longer confirm (revoked); the transaction is rejected.</summary>
    TokenUnusable,

    /// <summary>The challenge expired; the code was not checked.</summary>
    Expired,

    /// <summary>The transaction is no longer pending (a replay); the code was not checked.</summary>
    NotPending,

    /// <summary>The administrative change no longer applies (the code was right), or another token was registered since the activation started (the code was not checked); the transaction is rejected.</summary>
    Rejected,

    /// <summary>
    /// The user's OTP confirmations are locked (by this failure or before) until the back office unlocks them; the same
    /// answer whether the PIN and OTP were right or wrong. The transaction stays pending.
    /// </summary>
    OtpLocked,

    /// <summary>The user registered a token after this email OTP transaction was created; the transaction is rejected.</summary>
    MethodChanged,

    /// <summary>
    /// The user no longer holds the permission the operation needs (or no longer exists): the transaction is rejected
    /// and the code was not checked, so nothing counts against the token or the user.
    /// </summary>
    PermissionWithdrawn,
}
