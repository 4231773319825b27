using System.Net.Mail;
using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;

namespace Inkan.Grains.Users;

/// <summary>
/// The email OTP side of <see cref="UserGrain"/>: address registration confirmed by an OTP mailed to that address,
/// the per-user count of failed PIN + OTP confirmations, its lock and the back office's unlock.
/// </summary>
public sealed partial class UserGrain
{
    private OtpOptions Otp => otpOptions.Value;

    /// <inheritdoc />
    public async Task<OtpMailResult> StartOtpAddressRegistrationAsync(string address, MailLanguage language)
    {
        RequireAddress(address);
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Not a mail language.");
        }

        var context = await GetAuthContextAsync();
        if (S.OtpFailures.IsLocked)
        {
            return OtpMailResult.Refused(OtpMailOutcome.Locked);
        }

        var now = time.GetUtcNow();
        if (!policy.CanUseEmailOtp(context.Facts, now))
        {
            return OtpMailResult.Refused(OtpMailOutcome.NotAllowed);
        }

        if (S.OtpAddress is not null)
        {
            return OtpMailResult.Refused(OtpMailOutcome.AddressRegistered);
        }

        if (now - S.AddressMailWindowStart >= TimeSpan.FromDays(1))
        {
            S.AddressMailWindowStart = now;
            S.AddressMailsInWindow = 0;
        }

        if (S.AddressMailsInWindow >= Otp.MaxAddressMailsPerDay)
        {
            return OtpMailResult.Refused(OtpMailOutcome.LimitReached);
        }

        // While an OTP is still valid a new request (even for another address) is a resend, so the limits hold.
        var pending = S.PendingOtpAddress is { Challenge: { Hash: not null } current } registration && now < current.ExpiresAt ? registration : new OtpAddressRegistration();
        var send = pending.Challenge.MailsSent == 0 ? pending.Challenge.Issue(Otp, now) : pending.Challenge.Resend(Otp, now);
        if (!send.Sent)
        {
            return OtpMailResult.Of(send);
        }

        pending.Address = address;
        pending.Language = language;
        S.PendingOtpAddress = pending;
        S.OtpAddressMails++;
        S.AddressMailsInWindow++;
        var text = OtpMail.ComposeAddressRegistration(LoginId, address, send.Otp!, send.ExpiresAt, language);
        state.AppendToOutbox(OutboxMail.Create($"user/{GetPrimaryKeyString()}/otp-address/{S.OtpAddressMails}", address, text, now));
        await state.WriteStateAsync();
        RunWhenDurable(outbox.Notify);
        await AuditAsync(AuditEventType.ChallengeIssued, null, $"email-otp address registration mail {pending.Challenge.MailsSent}");
        return OtpMailResult.Of(send);
    }

    /// <inheritdoc />
    public async Task<OtpConfirmationResult> ConfirmOtpAddressAsync(string pin, string otp)
    {
        ArgumentNullException.ThrowIfNull(pin);
        ArgumentNullException.ThrowIfNull(otp);
        // The OTP is checked against this copy's pending registration: a copy that the PIN check reloads afterwards
        // would register an address with an OTP that another node had replaced or used.
        await EnsureRecentAsync();
        var pending = S.PendingOtpAddress;
        var check = pending?.Challenge.Check(otp, time.GetUtcNow()) ?? OtpCheck.NotPending;
        return await CountAsync(pin, check, null, "address registration", () =>
        {
            S.OtpAddress = pending!.Address;
            S.OtpLanguage = pending.Language;
            S.PendingOtpAddress = null;
        });
    }

    /// <inheritdoc />
    public async Task<OtpConfirmationResult> ConfirmOtpAsync(string pin, OtpCheck otp, string transactionId)
    {
        ArgumentNullException.ThrowIfNull(pin);
        ArgumentException.ThrowIfNullOrWhiteSpace(transactionId);
        await EnsureRecentAsync();
        if (S.TokenSerial is not null)
        {
            await AuditAsync(AuditEventType.ConfirmationRefused, transactionId, "email-otp replaced by a registered token");
            return new OtpConfirmationResult(OtpConfirmationOutcome.NotAllowed, 0, JustLocked: false);
        }

        return await CountAsync(pin, otp, transactionId, "transaction", () => { });
    }

    /// <inheritdoc />
    public async Task UnlockOtpAsync(string reference, string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        await RequireCurrentAsync();
        if (!S.OtpFailures.Unlock())
        {
            throw new DomainException(DomainError.Conflict, $"The OTP confirmations of user {LoginId} are not locked.");
        }

        await AuditBeforeWriteAsync(AuditEventType.OtpUnlocked, null, $"reference={reference} operator={operatorId}");
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task ResetOtpAddressAsync(string reference, string operatorId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(operatorId);
        await RequireCurrentAsync();
        if (S.OtpAddress is null)
        {
            throw new DomainException(DomainError.Conflict, $"User {LoginId} has no registered OTP address.");
        }

        S.OtpAddress = null;
        S.PendingOtpAddress = null;
        await AuditBeforeWriteAsync(AuditEventType.OtpAddressReset, null, $"reference={reference} operator={operatorId}");
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<OtpUserStatus> GetOtpStatusAsync()
    {
        await EnsureRecentAsync();
        var pending = S.PendingOtpAddress;
        return new OtpUserStatus(
            S.OtpAddress, S.OtpLanguage, S.OtpFailures.IsLocked, S.OtpFailures.ConsecutiveFailures, pending?.Address, pending?.Challenge.ExpiresAt);
    }

    // Checks the PIN whenever the OTP was compared (always both, so the time taken does not tell which was wrong),
    // decides, applies onConfirmed, audits and stores. A locked user's PIN is not even checked.
    private async Task<OtpConfirmationResult> CountAsync(string pin, OtpCheck otp, string? transactionId, string what, Action onConfirmed)
    {
        var compared = otp is OtpCheck.Match or OtpCheck.Mismatch && !S.OtpFailures.IsLocked;
        var pinMatches = compared && await VerifyPinAsync(pin);
        var now = time.GetUtcNow();
        var result = OtpConfirmation.Decide(S.OtpFailures, Otp.FailureLimit, pinMatches, otp, now);
        var failures = $"failures={S.OtpFailures.ConsecutiveFailures}/{Otp.FailureLimit}";
        switch (result.Outcome)
        {
            case OtpConfirmationOutcome.Confirmed:
                onConfirmed();
                await AuditBeforeWriteAsync(
                    transactionId is null ? AuditEventType.OtpAddressRegistered : AuditEventType.ConfirmationSucceeded,
                    transactionId,
                    transactionId is null ? $"email-otp address={S.OtpAddress}" : "email-otp");
                await state.WriteStateAsync();
                break;
            case OtpConfirmationOutcome.Rejected or OtpConfirmationOutcome.Locked when compared:
                await AuditBeforeWriteAsync(AuditEventType.ConfirmationFailed, transactionId, $"email-otp {what} {failures}");
                if (result.JustLocked)
                {
                    await AuditBeforeWriteAsync(AuditEventType.OtpLocked, transactionId, $"email-otp {failures}");
                }

                await state.WriteStateAsync();
                break;
            default:
                await AuditAsync(AuditEventType.ConfirmationRefused, transactionId, $"email-otp {what} {result.Outcome}");
                break;
        }

        return result;
    }

    private static void RequireAddress(string address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Length > 254 || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address
            || !address.All(c => c is > ' ' and < '\x7f'))
        {
            throw new ArgumentException("The OTP address must be one plain ASCII mail address.", nameof(address));
        }
    }

    // Audited before the change is stored, as a challenge is: no authentication event without its entry, even after a
    // crash. If the entry cannot be appended, the change made in memory is dropped with the activation.
    private async Task AuditBeforeWriteAsync(AuditEventType type, string? transactionId, string details)
    {
        try
        {
            await AuditAsync(type, transactionId, details);
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
    }

    private Task AuditAsync(AuditEventType type, string? transactionId, string details)
        => GrainFactory.AppendAuditAsync(AuditChains.ForContract(ContractId), new AuditRecord(type, ContractId, LoginId, null, transactionId, details));
}
