using System.Globalization;
using System.Security.Cryptography;
using Inkan.Grains.Audit;
using Inkan.Grains.Events;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tokens;

/// <summary>The code check of <see cref="TokenGrain"/>: usability, the shared failure count and the lock.</summary>
public sealed partial class TokenGrain
{
    /// <summary>
    /// How many of the last accepted transactions the state keeps. A token used by one person has one acceptance in flight
    /// at a crash; a shared token under load can have more, and then a lost one's next right code writes a second success
    /// entry, a true record of a second check. Each kept ID lengthens every write of the token: at grain level over many
    /// tokens, 32 cost 40 % of the confirmations per second, 4 stayed within the run-to-run noise.
    /// </summary>
    internal const int AcceptedTransactionsKept = 4;

    /// <inheritdoc />
    public async Task<TokenCheckResult> CheckAsync(TokenCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (S.Status == TokenStatus.Unknown)
        {
            // A copy read before another node imported the token would reject the transaction, which writes nothing
            // here to fail on the version: look again before answering.
            await state.EnsureCurrentAsync();
        }

        if (S.Status == TokenStatus.Unknown)
        {
            // No such token: nothing to record on, and writing would create a record for any serial asked about.
            return new TokenCheckResult(TokenCheckOutcome.Unusable, 0);
        }

        if (Unusability(check) is { } reason)
        {
            return await RefuseAsync(check, TokenCheckOutcome.Unusable, reason);
        }

        // A locked token answers before looking at the code, so right and wrong codes get the same answer.
        if (S.Locked)
        {
            return await RefuseAsync(check, TokenCheckOutcome.Locked, "locked");
        }

        return CodeIsRight(check) ? await AcceptAsync(check) : await CountFailureAsync(check);
    }

    // Each path makes one write, which stores the check's audit entries with the state (the head moved).
    // The write is queued, not awaited to disk: the turn ends and the answer waits until it is durable.
    private async Task<TokenCheckResult> RefuseAsync(TokenCheck check, TokenCheckOutcome outcome, string reason)
    {
        Audit(AuditEventType.ConfirmationRefused, check, reason);
        await state.WriteStateAsync();
        return new TokenCheckResult(outcome, 0);
    }

    private string? Unusability(TokenCheck check)
    {
        if (S.ContractId != check.ContractId)
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

        // The transaction's write follows this one: a crash between the two leaves it pending with the acceptance
        // stored here, and its next right code is the same authorization, not a second one.
        if (!S.AcceptedTransactions.Contains(check.TransactionId))
        {
            Audit(registers ? AuditEventType.TokenRegistered : AuditEventType.ConfirmationSucceeded, check, null);
            S.AcceptedTransactions.Add(check.TransactionId);
            if (S.AcceptedTransactions.Count > AcceptedTransactionsKept)
            {
                S.AcceptedTransactions.RemoveAt(0);
            }
        }

        await state.WriteStateAsync();
        return new TokenCheckResult(TokenCheckOutcome.Accepted, policy.Options.TokenFailureLimit);
    }

    private async Task<TokenCheckResult> CountFailureAsync(TokenCheck check)
    {
        var limit = policy.Options.TokenFailureLimit;
        S.Failures++;
        S.Locked = S.Failures >= limit;
        var remaining = limit - S.Failures;
        Audit(AuditEventType.ConfirmationFailed, check, "failures=" + S.Failures.ToString(CultureInfo.InvariantCulture));
        if (S.Locked)
        {
            Audit(AuditEventType.TokenLocked, check, "limit=" + limit.ToString(CultureInfo.InvariantCulture));
        }

        await state.WriteStateAsync();
        if (S.Locked)
        {
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
