namespace Inkan.Grains.Policy;

/// <summary>Where a user stands with their registered token, as far as the policy cares.</summary>
public enum TokenStanding
{
    /// <summary>No token registered (never, or the registered one was revoked).</summary>
    None,

    /// <summary>A registered, usable token.</summary>
    Active,

    /// <summary>A registered token locked by too many wrong codes.</summary>
    Locked,
}
