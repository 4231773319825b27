namespace Inkan.Grains.Transactions;

/// <summary>Whether a transaction was created, or why not.</summary>
public enum CreateOutcome
{
    /// <summary>Created with its challenge.</summary>
    Created,

    /// <summary>The user's permissions do not allow this kind of operation.</summary>
    PermissionDenied,

    /// <summary>The user cannot confirm now; see <see cref="TransactionResult.Block"/>.</summary>
    Blocked,

    /// <summary>The user's confirmations use a method this server does not serve yet (email OTP, issue 5).</summary>
    MethodUnavailable,

    /// <summary>ACT: the user may not register a token (inquiry only, or before availability).</summary>
    RegistrationNotAllowed,

    /// <summary>ACT: no such token issued to the user's contract, or it is revoked.</summary>
    TokenUnavailable,
}
