using Inkan.Grains.Audit;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Contracts;
using Inkan.Grains.Errors;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Transactions;

/// <summary>
/// The email OTP side of <see cref="TransactionGrain"/>: one OTP per transaction (hashed, single use, replaced by each
/// resend), mailed through the outbox atomically with the state write; the PIN and the failure count are the user's.
/// </summary>
public sealed partial class TransactionGrain
{
    private OtpOptions Otp => otpOptions.Value;

    /// <inheritdoc />
    public async Task<OtpMailResult> ResendOtpAsync(string contractId, string loginId)
    {
        // As CancelAsync: a stale copy would audit a challenge for a transaction no longer pending.
        await state.EnsureCurrentAsync();
        RequireOwner(contractId, loginId);
        if (S.Method != ConfirmationMethod.EmailOtp)
        {
            throw new DomainException(DomainError.Conflict, $"Transaction {Id} is not confirmed by email OTP.");
        }

        if (S.Status != TransactionStatus.Pending || await ExpireIfDueAsync())
        {
            return OtpMailResult.Refused(OtpMailOutcome.NotPending);
        }

        // The user's standing now, not at creation: a registered token, a lock or a removed address stops the mails, and
        // a new address replaces the one the transaction started with.
        var context = await UserOf(S.ContractId, S.LoginId).GetAuthContextAsync();
        var now = time.GetUtcNow();
        var decision = policy.DecideConfirmation(context.Facts, now);
        if (decision.Method != ConfirmationMethod.EmailOtp || context.Otp is not { } destination)
        {
            return OtpMailResult.Refused(decision.Reason == BlockReason.OtpLocked ? OtpMailOutcome.Locked : OtpMailOutcome.NotAllowed);
        }

        var send = S.Otp!.Resend(Otp, now);
        if (!send.Sent)
        {
            return OtpMailResult.Of(send);
        }

        S.OtpAddress = destination.Address;
        S.OtpLanguage = destination.Language;
        await MailOtpAsync(send, now);
        await AuditAsync(AuditEventType.ChallengeIssued, $"{S.Kind} email-otp mail {S.Otp.MailsSent}");
        Announce();
        return OtpMailResult.Of(send);
    }

    private async Task<TransactionResult> IssueOtpAsync(string contractId, string loginId, string payload, TxaKind kind, OtpDestination destination, AdminChange? change, CallbackTarget? callback)
    {
        // Audited before the challenge exists, as a token's challenge is (IssueChallengeAsync); this is its first mail.
        await AuditAsync(contractId, AuditEventType.ChallengeIssued, loginId, null, $"{kind} email-otp mail 1");
        var now = time.GetUtcNow();
        state.State = NewPending(contractId, loginId, kind, ConfirmationMethod.EmailOtp, payload, change, now);
        S.Otp = new OtpChallenge();
        S.OtpAddress = destination.Address;
        S.OtpLanguage = destination.Language;
        WatchForCallback(callback);
        RecordInHistory();
        await MailOtpAsync(S.Otp.Issue(Otp, now), now);
        Announce();
        return Created();
    }

    // The mail shows the server's own copy (the payload), so it names exactly what the OTP authorizes.
    private async Task MailOtpAsync(OtpSendResult send, DateTimeOffset now)
    {
        S.ExpiresAt = send.ExpiresAt;
        var text = OtpMail.Compose(TxaPayload.Parse(S.Payload).Data, send.Otp!, send.ExpiresAt, S.OtpLanguage);
        state.AppendToOutbox(OutboxMail.Create($"{Id}/otp/{S.Otp!.MailsSent}", S.OtpAddress!, text, now));
        await state.WriteStateAsync();
        RunWhenDurable(outbox.Notify);
    }

    private async Task<ConfirmResult> ConfirmOtpAsync(ConfirmRequest request)
    {
        var check = S.Otp!.Check(request.Code, time.GetUtcNow());
        var verdict = await UserOf(S.ContractId, S.LoginId).ConfirmOtpAsync(request.Pin!, check, Id);
        switch (verdict.Outcome)
        {
            case OtpConfirmationOutcome.Confirmed:
                S.Otp.Consume();
                try
                {
                    return await AuthorizeAsync(Otp.FailureLimit);
                }
                catch
                {
                    // A grain the authorization calls failed before this one stored anything: forget the spent OTP in
                    // memory, so that a retry finds the transaction as it is stored (pending, its OTP still good).
                    DeactivateOnIdle();
                    throw;
                }
            case OtpConfirmationOutcome.Rejected:
                S.WrongCodes++;
                await state.WriteStateAsync();
                return Answer(verdict.IsFinalWarning ? ConfirmOutcome.LastAttempt : ConfirmOutcome.WrongCode, verdict.RemainingAttempts);
            case OtpConfirmationOutcome.Locked:
                if (verdict.JustLocked)
                {
                    S.WrongCodes++;
                    await state.WriteStateAsync();
                }

                return Answer(ConfirmOutcome.OtpLocked);
            case OtpConfirmationOutcome.NotAllowed:
                await CompleteAsync(TransactionStatus.Rejected, "a registered token replaced email OTP");
                return Answer(ConfirmOutcome.MethodChanged);
            default:
                // The transaction's expiry is its OTP's and a used OTP completes it, so these were answered before.
                return Answer(verdict.Outcome == OtpConfirmationOutcome.Expired ? ConfirmOutcome.Expired : ConfirmOutcome.NotPending);
        }
    }
}
