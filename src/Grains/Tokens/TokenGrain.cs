using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Silo;

namespace Inkan.Grains.Tokens;

/// <summary>
/// The token grain: one activation per serial, so the failure count and lock shared by all the token's
/// users change one code at a time. Every event is appended to the token's own audit chain in the same
/// write as the state it changes, so a turn never waits for another grain and no entry can be lost.
/// </summary>
[GrainType("token")]
public sealed partial class TokenGrain(
    [PersistentState("token")] IPersistentState<TokenState> state,
    TokenKeyProtector protector,
    AuthPolicy policy,
    IAuthorizationEvents events,
    TimeProvider time) : Grain, ITokenGrain
{
    private TokenState S => state.State;

    private string Serial => GetPrimaryKeyString();

    /// <inheritdoc />
    public async Task<bool> ImportAsync(TokenImport import)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (S.Status != TokenStatus.Unknown)
        {
            return false;
        }

        S.Status = TokenStatus.InStock;
        S.ProtectedKey = import.ProtectedKey;
        S.BatchId = import.BatchId;
        Audit(AuditEventType.TokenImported, details: "batch=" + import.BatchId);
        await state.WriteStateAsync();
        return true;
    }

    /// <inheritdoc />
    public async Task IssueAsync(string contractId)
    {
        await state.EnsureCurrentAsync();
        if (S.Status != TokenStatus.Unknown && S.ContractId == contractId)
        {
            return;
        }

        if (S.Status != TokenStatus.InStock)
        {
            throw S.Status == TokenStatus.Unknown
                ? new DomainException(DomainError.NotFound, $"Token {Serial} is not in the inventory.")
                : new DomainException(DomainError.Conflict, $"Token {Serial} is not in stock.");
        }

        S.Status = TokenStatus.Issued;
        S.ContractId = contractId;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<TokenInfo> GetInfoAsync()
    {
        // Users decide how they confirm on this answer and the back office unlocks on it: a lock or an import made
        // through another node must show here too, within the bound that authorization allows.
        await state.EnsureCurrentAsync(policy.Options.AuthorizationMaxAge);
        return new TokenInfo(Serial, S.Status, S.Locked, S.Failures, S.ContractId, [.. S.Users]);
    }

    /// <inheritdoc />
    public async Task<AuditHead> GetAuditHeadAsync()
    {
        // Another node may have appended since this copy was loaded: a stale head would make an intact chain look cut.
        await state.EnsureCurrentAsync();
        return new AuditHead(S.AuditHead.Sequence, S.AuditHead.Hash);
    }

    /// <inheritdoc />
    public async Task UnlockAsync(string reference, string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        await state.EnsureCurrentAsync();
        if (!S.Locked)
        {
            throw new DomainException(DomainError.Conflict, $"Token {Serial} is not locked.");
        }

        S.Locked = false;
        S.Failures = 0;
        S.LastUnlockReference = reference;
        Audit(AuditEventType.TokenUnlocked, userId: operatorId, details: "reference=" + reference);
        await state.WriteStateAsync();
        PublishLock(locked: false);
    }

    /// <inheritdoc />
    public async Task RevokeAsync(string reason, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await state.EnsureCurrentAsync();
        if (S.Status == TokenStatus.Unknown)
        {
            throw new DomainException(DomainError.NotFound, $"Token {Serial} is not in the inventory.");
        }

        if (S.Status == TokenStatus.Revoked)
        {
            return;
        }

        S.Status = TokenStatus.Revoked;
        Audit(AuditEventType.TokenRevoked, userId: actor, details: "reason=" + reason);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task UnregisterUserAsync(string loginId)
    {
        if (S.Users.Remove(loginId))
        {
            await state.WriteStateAsync();
        }
    }

    private void PublishLock(bool locked)
    {
        var e = new TokenLockEvent(Serial, S.ContractId!, [.. S.Users], locked);
        RunWhenDurable(() => events.TokenLockChanged(e));
    }

    private void Audit(AuditEventType type, TokenCheck check, string? details) => Audit(type, check.LoginId, check.TransactionId, details);

    /// <summary>Queues an entry of the token's chain for the next state write, which every caller makes.</summary>
    private void Audit(AuditEventType type, string? userId = null, string? transactionId = null, string? details = null)
        => AuditAppender.Append(state, S.AuditHead, AuditChains.ForToken(Serial), time.GetUtcNow(), new AuditRecord(type, S.ContractId, userId, Serial, transactionId, details));
}
