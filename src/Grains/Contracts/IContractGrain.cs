using Inkan.Grains.Fees;
using Inkan.Silo;

namespace Inkan.Grains.Contracts;

/// <summary>
/// One corporate customer (key: contract ID): its users, its tokens and their fee ledger. Calls its users,
/// its tokens and its audit chain.
/// </summary>
public interface IContractGrain : IGrainWithStringKey
{
    /// <summary>Back office: creates the contract with its master user (all permissions).</summary>
    Task CreateAsync(string name, NewUser master);

    /// <summary>The contract's users and tokens.</summary>
    Task<ContractInfo> GetInfoAsync();

    /// <summary>Back office: adds a user.</summary>
    Task AddUserAsync(NewUser user);

    /// <summary>Back office: replaces a user's permissions; the master user's cannot change.</summary>
    Task ChangeUserPermissionsAsync(string loginId, Users.Permissions permissions);

    /// <summary>Back office: sets a new login password, confirmation PIN, or both (hashed on arrival; null keeps one).</summary>
    Task ResetUserSecretsAsync(string loginId, string? password, string? pin);

    /// <summary>Back office: issues a token from stock and prices it in the fee ledger; a reissue revokes the replaced token.</summary>
    Task<FeeEntry> IssueTokenAsync(TokenIssue issue);

    /// <summary>The token fee ledger.</summary>
    Task<IReadOnlyList<FeeEntry>> GetFeeLedgerAsync();

    /// <summary>
    /// Throws <see cref="Errors.DomainException"/> when <paramref name="change"/> cannot apply now; for a
    /// <see cref="Protocol.Txa.AdminOperation.TOKEN_REVOKE"/>, returns the serial of the target's token.
    /// </summary>
    Task<string?> CheckAdminChangeAsync(AdminChange change);

    /// <summary>
    /// Applies a change of the contract's user list (<see cref="Protocol.Txa.AdminOperation.USER_ADD"/>,
    /// <see cref="Protocol.Txa.AdminOperation.USER_DELETE"/>) confirmed by ADM transaction <paramref name="transactionId"/>
    /// of <paramref name="actorLoginId"/>. The other changes touch one user or token, which the transaction changes itself.
    /// </summary>
    Task ApplyAdminChangeAsync(AdminChange change, string actorLoginId, string transactionId);
}
