namespace Inkan.Grains.Fees;

/// <summary>Why a token is issued to a contract.</summary>
public enum IssueReason
{
    /// <summary>A new token: the contract's first, or an additional one.</summary>
    New,

    /// <summary>Replaces a lost token.</summary>
    ReissueLoss,

    /// <summary>Replaces a damaged token.</summary>
    ReissueDamage,

    /// <summary>Replaces a stolen token.</summary>
    ReissueTheft,

    /// <summary>Replaces a token that failed by itself.</summary>
    ReissueNaturalFailure,
}
