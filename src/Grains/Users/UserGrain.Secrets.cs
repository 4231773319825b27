using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Inkan.Grains.Audit;
using Inkan.Grains.Events;
using Microsoft.AspNetCore.Identity;

namespace Inkan.Grains.Users;

/// <summary>The secrets side of <see cref="UserGrain"/>: login password (with its logon lock) and confirmation PIN, checked in constant time.</summary>
public sealed partial class UserGrain
{
    /// <inheritdoc />
    public async Task<bool> VerifyPasswordAsync(string password)
    {
        // Verified even when locked, so that a locked ID answers as slowly as any other.
        var right = await VerifyAsync(s => s.PasswordHash, password, (s, h) => s.PasswordHash = h);
        var failures = S.PasswordFailures;
        if (failures.IsLocked)
        {
            // Whether the password was right stays out of the entry, as it stays out of the answer.
            await AuditAsync(AuditEventType.LogonFailed, null, "locked");
            return false;
        }

        if (right)
        {
            var counted = failures.ConsecutiveFailures > 0;
            failures.RecordSuccess();
            await AuditBeforeWriteAsync(AuditEventType.LogonSucceeded, null, "password");
            if (counted)
            {
                await state.WriteStateAsync();
            }

            return true;
        }

        var limit = policy.Options.PasswordFailureLimit;
        var remaining = failures.RecordFailure(limit, time.GetUtcNow());
        await AuditBeforeWriteAsync(AuditEventType.LogonFailed, null, $"failures={failures.ConsecutiveFailures}/{limit}");
        if (remaining == 0)
        {
            await AuditBeforeWriteAsync(AuditEventType.LogonLocked, null, "failures=" + limit.ToString(CultureInfo.InvariantCulture));
        }

        await state.WriteStateAsync();
        return false;
    }

    /// <inheritdoc />
    public async Task<bool> IsLogonLockedAsync()
    {
        await EnsureRecentAsync();
        return S.PasswordFailures.IsLocked;
    }

    /// <inheritdoc />
    public async Task<string> StartSessionAsync()
    {
        await EnsureRecentAsync();
        if (S.SessionKey is { } key)
        {
            return key;
        }

        S.SessionKey = NewSessionKey();
        await state.WriteStateAsync();
        return S.SessionKey;
    }

    /// <inheritdoc />
    public async Task<bool> IsSessionCurrentAsync(string sessionKey)
    {
        ArgumentNullException.ThrowIfNull(sessionKey);
        await state.EnsureCurrentAsync(policy.Options.AuthorizationMaxAge);
        return S.Exists && S.SessionKey is { } current
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(current), Encoding.ASCII.GetBytes(sessionKey));
    }

    /// <inheritdoc />
    public async Task EndSessionsAsync()
    {
        RequireExists();
        S.SessionKey = NewSessionKey();
        await state.WriteStateAsync();
        PublishSessionsEnded();
    }

    /// <inheritdoc />
    public Task<bool> VerifyPinAsync(string pin) => VerifyAsync(s => s.PinHash, pin, (s, h) => s.PinHash = h);

    private async Task<bool> VerifyAsync(Func<UserState, string?> hash, string secret, Action<UserState, string> rehash)
    {
        await state.EnsureCurrentAsync(policy.Options.AuthorizationMaxAge);
        if (!S.Exists)
        {
            // As slow as a wrong password, so that the answer's timing does not tell which login IDs exist; and a
            // guessed ID leaves no activation behind for the idle age.
            hasher.VerifyAgainstNothing(secret);
            DeactivateOnIdle();
            RequireExists();
        }

        var result = hasher.Verify(hash(S) ?? "", secret);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            rehash(S, hasher.Hash(secret));
            await state.WriteStateAsync();
        }

        return result != PasswordVerificationResult.Failed;
    }

    // Registered after the turn's write, so it runs once the end of the sessions is durable, before the answer.
    private void PublishSessionsEnded()
    {
        var e = new SessionsEndedEvent(ContractId, LoginId);
        RunWhenDurable(() => events.SessionsEnded(e));
    }

    private static string NewSessionKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
