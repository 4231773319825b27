namespace Inkan.Grains.Tokens;

/// <summary>The token's verdict on a code.</summary>
public enum TokenCheckOutcome
{
    /// <summary>The code is right; the failure count is reset.</summary>
    Accepted,

    /// <summary>The code is wrong and counted; more than one attempt is left.</summary>
    Wrong,

    /// <summary>The code is wrong and counted; exactly one attempt is left.</summary>
    LastAttempt,

    /// <summary>The token is locked (now or before). Said whether the code was right or wrong.</summary>
    Locked,

    /// <summary>The token cannot confirm for this user: revoked, another contract's, not registered, not issued.</summary>
    Unusable,
}
