using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Fees;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;
using Inkan.Silo;

namespace Inkan.Grains.Contracts;

/// <summary>The contract grain: membership of users and tokens, the fee ledger and administrative changes.</summary>
[GrainType("contract")]
public sealed partial class ContractGrain(
    [PersistentState("contract")] IPersistentState<ContractState> state,
    FeeSchedule fees,
    SecretHasher hasher,
    TimeProvider time) : Grain, IContractGrain
{
    private const string BackOffice = "back-office";

    private ContractState S => state.State;

    private string ContractId => GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task CreateAsync(string name, NewUser master)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(master);
        Identifiers.RequireContractId(ContractId, "contractId");
        await state.EnsureCurrentAsync();
        if (S.Exists)
        {
            throw new DomainException(DomainError.Conflict, $"Contract {ContractId} exists already.");
        }

        await CreateUserAsync(master with { Permissions = Permissions.All });
        S.Exists = true;
        S.Name = name;
        S.MasterLoginId = master.LoginId;
        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.UserChanged, master.LoginId, null, "USER_ADD master by " + BackOffice);
    }

    /// <inheritdoc />
    public async Task<ContractInfo> GetInfoAsync()
    {
        await RequireCurrentAsync();
        return new ContractInfo(ContractId, S.Name, S.MasterLoginId, [.. S.Users], [.. S.Tokens]);
    }

    /// <inheritdoc />
    public async Task AddUserAsync(NewUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        await RequireCurrentAsync();
        await CreateUserAsync(user);
        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.UserChanged, user.LoginId, null, "USER_ADD by " + BackOffice);
    }

    /// <inheritdoc />
    public async Task<FeeEntry> IssueTokenAsync(TokenIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        await RequireCurrentAsync();
        if (!TokenSerial.IsValid(issue.Serial))
        {
            throw new ArgumentException("The token serial must be exactly 10 digits.", nameof(issue));
        }

        if (S.Tokens.Contains(issue.Serial))
        {
            throw new DomainException(DomainError.Conflict, $"Token {issue.Serial} is issued to this contract already.");
        }

        if (issue.ReplacedSerial is { } replaced)
        {
            if (!S.Tokens.Contains(replaced))
            {
                throw new DomainException(DomainError.NotFound, $"Token {replaced} was never issued to contract {ContractId}.");
            }

            // Each token is replaced once: a second, free "natural failure" reissue of it would be an additional token unpaid.
            if (S.FeeLedger.FirstOrDefault(e => e.ReplacedSerial == replaced) is { } earlier)
            {
                throw new DomainException(DomainError.Conflict, $"Token {replaced} was replaced by {earlier.Serial} already.");
            }
        }

        var entry = fees.Price(S.FeeLedger, time.GetUtcNow(), issue.Serial, issue.Reason, issue.ReplacedSerial);
        await GrainFactory.GetGrain<ITokenGrain>(issue.Serial).IssueAsync(ContractId);
        if (issue.ReplacedSerial is { } old)
        {
            await GrainFactory.GetGrain<ITokenGrain>(old).RevokeAsync("replaced: " + issue.Reason, BackOffice);
        }

        S.Tokens.Add(issue.Serial);
        S.FeeLedger.Add(entry);
        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.TokenIssued, null, issue.Serial, $"reason={entry.Reason} fee={entry.Kind}:{entry.Amount}");
        return entry;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<FeeEntry>> GetFeeLedgerAsync()
    {
        await RequireCurrentAsync();
        return [.. S.FeeLedger];
    }

    private async Task CreateUserAsync(NewUser user)
    {
        var login = Identifiers.RequireLoginId(user.LoginId, nameof(user.LoginId));
        RequireUnusedLoginId(login);
        var profile = new UserProfile(user.Permissions, hasher.Hash(user.Password), hasher.Hash(user.Pin));
        await GrainFactory.GetGrain<IUserGrain>(Identifiers.UserKey(ContractId, login)).CreateAsync(profile);
        S.Users.Add(login);
    }

    private void RequireUnusedLoginId(string login)
    {
        if (S.Users.Contains(login))
        {
            throw new DomainException(DomainError.Conflict, $"User {login} exists already.");
        }

        if (S.RetiredUsers.Contains(login))
        {
            throw new DomainException(DomainError.Conflict, $"User {login} was deleted; a deleted user's login ID is not given again.");
        }
    }

    // Another node may have changed the contract since this copy was read. Deciding on the copy would make calls
    // (a user created, a token issued) before the contract's own write fails on the version: half a change.
    private async Task RequireCurrentAsync()
    {
        await state.EnsureCurrentAsync();
        if (!S.Exists)
        {
            throw new DomainException(DomainError.NotFound, $"Contract {ContractId} does not exist.");
        }
    }

    private Task AuditAsync(AuditEventType type, string? userId, string? serial, string details, string? transactionId = null)
        => GrainFactory.AppendAuditAsync(AuditChains.ForContract(ContractId), new AuditRecord(type, ContractId, userId, serial, transactionId, details));
}
