namespace Inkan.Grains.Errors;

/// <summary>The kind of a refused domain operation, for the gateway to map onto an HTTP status.</summary>
public enum DomainError
{
    /// <summary>The contract, user, token or transaction does not exist (or is not the caller's).</summary>
    NotFound,

    /// <summary>The operation does not fit the current state (already exists, not in stock, not locked, …).</summary>
    Conflict,

    /// <summary>The caller may not do this.</summary>
    Forbidden,
}
