using System.Globalization;
using System.Security.Cryptography;
using Inkan.Grains.Audit;
using Inkan.Grains.Events;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tokens;

/// <summary>The code check of <see cref="TokenGrain"/>: usability, the shared failure count and the lock.</summary>
public sealed partial class TokenGrain
{
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

        var warning = new LastAttemptEvent(Serial, S.ContractId!, [.. S.Users], check.TransactionId, check.LoginId);
        RunWhenDurable(() => events.LastAttemptWarning(warning));
        return new TokenCheckResult(TokenCheckOutcome.LastAttempt, remaining);
    }
}
