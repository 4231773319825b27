using Inkan.Grains.Audit;
using Inkan.Silo;

namespace Inkan.Grains.Tokens;

/// <summary>
/// One camera token (key: its serial). Holds the shared failure count and lock for all its users, and its
/// own audit chain (<see cref="AuditChains.ForToken"/>); it calls no other grain.
/// </summary>
public interface ITokenGrain : IGrainWithStringKey
{
    /// <summary>Adds the token to the inventory; false (and nothing changes) when the serial exists already.</summary>
    Task<bool> ImportAsync(TokenImport import);

    /// <summary>Issues the token in stock to <paramref name="contractId"/>; repeating it for the same contract is a no-op.</summary>
    Task IssueAsync(string contractId);

    /// <summary>The token's status, users and failure count.</summary>
    Task<TokenInfo> GetInfoAsync();

    /// <summary>Checks a code, counts a wrong one, locks at the limit.</summary>
    Task<TokenCheckResult> CheckAsync(TokenCheck check);

    /// <summary>Back office: unlocks on the written request <paramref name="reference"/> and resets the count.</summary>
    Task UnlockAsync(string reference, string operatorId);

    /// <summary>Revokes the token for all its users, for good.</summary>
    Task RevokeAsync(string reason, string actor);

    /// <summary>Removes a deleted user's registration.</summary>
    Task UnregisterUserAsync(string loginId);

    /// <summary>The last sequence and hash of the token's audit chain.</summary>
    Task<AuditHead> GetAuditHeadAsync();
}
