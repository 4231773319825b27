using System.Globalization;
using System.Security.Cryptography;
using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Protocol.Txa;
using Inkan.Silo;

namespace Inkan.Grains.Tokens;

/// <summary>
/// The token grain: one activation per serial, so the failure count and lock shared by all the token's
/// users change one code at a time. Every change is audited on the contract's chain (the bank's while in stock).
/// </summary>
[GrainType("token")]
public sealed class TokenGrain(
    [PersistentState("token")] IPersistentState<TokenState> state,
    TokenKeyProtector protector,
    AuthPolicy policy,
    IAuthorizationEvents events) : Grain, ITokenGrain
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
        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.TokenImported, details: "batch=" + import.BatchId);
        return true;
    }

    /// <inheritdoc />
    public async Task IssueAsync(string contractId)
    {
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
    public Task<TokenInfo> GetInfoAsync()
        => Task.FromResult(new TokenInfo(Serial, S.Status, S.Locked, S.Failures, S.ContractId, [.. S.Users]));

    /// <inheritdoc />
    public async Task<TokenCheckResult> CheckAsync(TokenCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Unusability(check) is { } reason)
        {
            await AuditAsync(AuditEventType.ConfirmationRefused, check, reason);
            return new TokenCheckResult(TokenCheckOutcome.Unusable, 0);
        }

        // A locked token answers before looking at the code, so right and wrong codes get the same answer.
        if (S.Locked)
        {
            await AuditAsync(AuditEventType.ConfirmationRefused, check, "locked");
            return new TokenCheckResult(TokenCheckOutcome.Locked, 0);
        }

        return CodeIsRight(check) ? await AcceptAsync(check) : await CountFailureAsync(check);
    }

    /// <inheritdoc />
    public async Task UnlockAsync(string reference, string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        if (!S.Locked)
        {
            throw new DomainException(DomainError.Conflict, $"Token {Serial} is not locked.");
        }

        S.Locked = false;
        S.Failures = 0;
        S.LastUnlockReference = reference;
        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.TokenUnlocked, userId: operatorId, details: "reference=" + reference);
        PublishLock(locked: false);
    }

    /// <inheritdoc />
    public async Task RevokeAsync(string reason, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (S.Status == TokenStatus.Unknown)
        {
            throw new DomainException(DomainError.NotFound, $"Token {Serial} is not in the inventory.");
        }

        if (S.Status == TokenStatus.Revoked)
        {
            return;
        }

        S.Status = TokenStatus.Revoked;
        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.TokenRevoked, userId: actor, details: "reason=" + reason);
    }

    /// <inheritdoc />
    public async Task UnregisterUserAsync(string loginId)
    {
        if (S.Users.Remove(loginId))
        {
            await state.WriteStateAsync();
        }
    }

    private string? Unusability(TokenCheck check)
    {
        if (S.Status == TokenStatus.Unknown || S.ContractId != check.ContractId)
        {
            return "not issued to this contract";
        }

        return S.Status switch
        {
            TokenStatus.Revoked => "revoked",
            TokenStatus.Issued or TokenStatus.Active when check.Activation => null,
            TokenStatus.Active when S.Users.Contains(check.LoginId) => null,
            _ => "not registered to this user",
        };
    }

    private bool CodeIsRight(TokenCheck check)
    {
        var key = protector.Unprotect(Serial, S.ProtectedKey!);
        try
        {
            return TxaCode.Verify(key, check.Payload, check.Code);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    private async Task<TokenCheckResult> AcceptAsync(TokenCheck check)
    {
        S.Failures = 0;
        var registers = check.Activation && !S.Users.Contains(check.LoginId);
        if (check.Activation)
        {
            S.Status = TokenStatus.Active;
            if (registers)
            {
                S.Users.Add(check.LoginId);
            }
        }

        await state.WriteStateAsync();
        await AuditAsync(registers ? AuditEventType.TokenRegistered : AuditEventType.ConfirmationSucceeded, check, null);
        return new TokenCheckResult(TokenCheckOutcome.Accepted, policy.Options.TokenFailureLimit);
    }

    private async Task<TokenCheckResult> CountFailureAsync(TokenCheck check)
    {
        var limit = policy.Options.TokenFailureLimit;
        S.Failures++;
        S.Locked = S.Failures >= limit;
        await state.WriteStateAsync();
        var remaining = limit - S.Failures;
        await AuditAsync(AuditEventType.ConfirmationFailed, check, "failures=" + S.Failures.ToString(CultureInfo.InvariantCulture));
        if (S.Locked)
        {
            await AuditAsync(AuditEventType.TokenLocked, check, "limit=" + limit.ToString(CultureInfo.InvariantCulture));
            PublishLock(locked: true);
            return new TokenCheckResult(TokenCheckOutcome.Locked, 0);
        }

        if (remaining > 1)
        {
            return new TokenCheckResult(TokenCheckOutcome.Wrong, remaining);
        }

        var warning = new LastAttemptEvent(Serial, S.ContractId!, [.. S.Users], check.TransactionId);
        RunWhenDurable(() => events.LastAttemptWarning(warning));
        return new TokenCheckResult(TokenCheckOutcome.LastAttempt, remaining);
    }

    private void PublishLock(bool locked)
    {
        var e = new TokenLockEvent(Serial, S.ContractId!, [.. S.Users], locked);
        RunWhenDurable(() => events.TokenLockChanged(e));
    }

    private Task AuditAsync(AuditEventType type, TokenCheck check, string? details)
        => AuditAsync(type, check.LoginId, check.TransactionId, details);

    private Task AuditAsync(AuditEventType type, string? userId = null, string? transactionId = null, string? details = null)
        => GrainFactory.GetGrain<IAuditGrain>(AuditChains.ForContractOrBank(S.ContractId))
            .AppendAsync(new AuditRecord(type, S.ContractId, userId, Serial, transactionId, details));
}
