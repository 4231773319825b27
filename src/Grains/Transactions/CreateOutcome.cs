namespace Inkan.Grains.Transactions;

/// <summary>Whether a transaction was created, or why not.</summary>
public enum CreateOutcome
{
    /// <summary>Created with its challenge: a QR code to show, or an OTP mail queued (see <see cref="TransactionView.Method"/>).</summary>
    Created,

    /// <summary>The user's permissions do not allow this kind of operation.</summary>
    PermissionDenied,

    /// <summary>The user cannot confirm now; see <see cref="TransactionResult.Block"/>.</summary>
    Blocked,

    /// <summary>ACT: the user may not register this token (inquiry only, before availability, or another token registered and not revoked).</summary>
    RegistrationNotAllowed,

    /// <summary>ACT: no such token issued to the user's contract, or it is revoked.</summary>
    TokenUnavailable,
}
