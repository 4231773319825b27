namespace Inkan.Grains.Transactions;

/// <summary>The answer to a code.</summary>
public enum ConfirmOutcome
{
    /// <summary>Right code: the transaction is authorized.</summary>
    Authorized,

    /// <summary>Wrong code; more than one attempt left on the token.</summary>
    WrongCode,

    /// <summary>Wrong code; one attempt left before the token locks for all its users.</summary>
    LastAttempt,

    /// <summary>The token is locked; the same answer whether the code was right or wrong.</summary>
    TokenLocked,

    /// <summary>The token can no longer confirm (revoked); the transaction is rejected.</summary>
    TokenUnusable,

    /// <summary>The challenge expired; the code was not checked.</summary>
    Expired,

    /// <summary>The transaction is no longer pending (a replay); the code was not checked.</summary>
    NotPending,

    /// <summary>The code was right but the administrative change no longer applies; the transaction is rejected.</summary>
    Rejected,
}
