namespace Inkan.Grains.Fees;

/// <summary>Which rule of the fee schedule priced an issue.</summary>
public enum FeeKind
{
    /// <summary>The contract's first token: free.</summary>
    FirstToken,

    /// <summary>A token beyond the first.</summary>
    AdditionalToken,

    /// <summary>Reissue after loss, damage or theft.</summary>
    Reissue,

    /// <summary>Reissue after natural failure.</summary>
    NaturalFailureReissue,
}
