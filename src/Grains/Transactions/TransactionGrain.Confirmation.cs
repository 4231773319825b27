using Inkan.Grains.Audit;
using Inkan.Grains.Contracts;
using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Policy;
using Inkan.Grains.Tokens;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Transactions;

/// <summary>The confirmation side of <see cref="TransactionGrain"/>: codes, expiry, cancel and final states.</summary>
public sealed partial class TransactionGrain
{
    /// <inheritdoc />
    public async Task<ConfirmResult> ConfirmAsync(ConfirmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // A copy that another node has overtaken (authorized, say) would hand a replayed code to the token or
        // the OTP check, which store their verdicts before this grain's stale write fails.
        await state.EnsureCurrentAsync();
        RequireOwner(request.ContractId, request.LoginId);
        RequireCredentials(request);

        if (S.Status == TransactionStatus.Expired || await ExpireIfDueAsync())
        {
            await AuditAsync(AuditEventType.ConfirmationRefused, "expired");
            return Answer(ConfirmOutcome.Expired);
        }

        if (S.Status != TransactionStatus.Pending)
        {
            await AuditAsync(AuditEventType.ConfirmationRefused, "not pending: " + S.Status);
            return Answer(ConfirmOutcome.NotPending);
        }

        // SPEC section 4: a user whose permission was withdrawn can no longer do what they started before.
        if (!(await UserOf(S.ContractId, S.LoginId).GetPermissionsAsync()).Allows(S.Kind))
        {
            await AuditAsync(AuditEventType.ConfirmationRefused, "permission withdrawn");
            await CompleteAsync(TransactionStatus.Rejected, "the user no longer holds the permission this operation needs");
            return Answer(ConfirmOutcome.PermissionWithdrawn);
        }

        return S.Method == ConfirmationMethod.EmailOtp ? await ConfirmOtpAsync(request) : await ConfirmTokenAsync(request);
    }

    /// <inheritdoc />
    public async Task<TransactionView> GetAsync(string contractId, string loginId)
    {
        await state.EnsureCurrentAsync();
        RequireOwner(contractId, loginId);
        await ExpireIfDueAsync();
        return TransactionView.Of(Id, S);
    }

    /// <inheritdoc />
    public async Task<TransactionView> CancelAsync(string contractId, string loginId)
    {
        // A copy that another node has overtaken would cancel an authorized transaction in the contract's chain (the
        // entry is appended before this grain's stale write fails), or one the other node has kept pending.
        await state.EnsureCurrentAsync();
        RequireOwner(contractId, loginId);
        if (S.Status != TransactionStatus.Pending || await ExpireIfDueAsync())
        {
            throw new DomainException(DomainError.Conflict, $"Transaction {Id} is {S.Status}, not pending.");
        }

        await CompleteAsync(TransactionStatus.Cancelled, null);
        await AuditAsync(AuditEventType.TransactionCancelled, null);
        return TransactionView.Of(Id, S);
    }

    private void RequireCredentials(ConfirmRequest request)
    {
        if (S.Method != ConfirmationMethod.EmailOtp)
        {
            if (request.Code is not { Length: TxaCode.Length } || !request.Code.All(char.IsAsciiDigit))
            {
                throw new ArgumentException("The code must be exactly 8 digits.", nameof(request));
            }

            return;
        }

        // Any content is checked (and counted); only missing fields are refused, and they say nothing about the secrets.
        if (string.IsNullOrWhiteSpace(request.Code))
        {
            throw new ArgumentException("The one-time password (Code) is required.", nameof(request));
        }

        if (string.IsNullOrEmpty(request.Pin))
        {
            throw new ArgumentException("The confirmation PIN (Pin) is required with a one-time password.", nameof(request));
        }
    }

    private async Task<ConfirmResult> ConfirmTokenAsync(ConfirmRequest request)
    {
        // Checked before the token sees the code, which would register the user on its side: another token may have
        // been registered since this activation started.
        if (S.Kind == TxaKind.ACT && RegisteredOther(await UserOf(S.ContractId, S.LoginId).GetAuthContextAsync(), S.TokenSerial!) is { } registered)
        {
            await AuditAsync(AuditEventType.ConfirmationRefused, $"registration refused: token {registered} registered");
            await CompleteAsync(TransactionStatus.Rejected, $"token {registered} is registered to the user already");
            return Answer(ConfirmOutcome.Rejected);
        }

        var check = new TokenCheck(S.ContractId, S.LoginId, Id, S.Payload, request.Code, S.Kind == TxaKind.ACT);
        var verdict = await GrainFactory.GetGrain<ITokenGrain>(S.TokenSerial!).CheckAsync(check);
        switch (verdict.Outcome)
        {
            case TokenCheckOutcome.Accepted:
                return await AuthorizeAsync(policy.Options.TokenFailureLimit);
            case TokenCheckOutcome.Wrong or TokenCheckOutcome.LastAttempt:
                S.WrongCodes++;
                await state.WriteStateAsync();
                return Answer(verdict.Outcome == TokenCheckOutcome.Wrong ? ConfirmOutcome.WrongCode : ConfirmOutcome.LastAttempt, verdict.RemainingAttempts);
            case TokenCheckOutcome.Locked:
                return Answer(ConfirmOutcome.TokenLocked);
            default:
                await CompleteAsync(TransactionStatus.Rejected, "the token can no longer confirm");
                return Answer(ConfirmOutcome.TokenUnusable);
        }
    }

    private async Task<ConfirmResult> AuthorizeAsync(int remainingAttempts)
    {
        if (S.Kind == TxaKind.ACT)
        {
            await UserOf(S.ContractId, S.LoginId).RegisterTokenAsync(S.TokenSerial!);
        }

        if (S.AdminChange is { } change)
        {
            try
            {
                await ApplyAdminChangeAsync(change);
            }
            catch (DomainException e)
            {
                await CompleteAsync(TransactionStatus.Rejected, e.Message);
                return Answer(ConfirmOutcome.Rejected);
            }
        }

        await CompleteAsync(TransactionStatus.Authorized, null);
        return Answer(ConfirmOutcome.Authorized, remainingAttempts);
    }

    private async Task<bool> ExpireIfDueAsync()
    {
        if (S.Status != TransactionStatus.Pending || time.GetUtcNow() < S.ExpiresAt)
        {
            return false;
        }

        await CompleteAsync(TransactionStatus.Expired, null);
        return true;
    }

    private async Task CompleteAsync(TransactionStatus status, string? detail)
    {
        S.Status = status;
        S.Detail = detail;
        S.CompletedAt = time.GetUtcNow();
        QueueCallback();
        await state.WriteStateAsync();
        _expiryTimer?.Dispose();
        var changed = new TransactionStatusEvent(Id, S.ContractId, S.LoginId, status);
        RunWhenDurable(() => events.TransactionStatusChanged(changed));

        // A final transaction is only read now and then: free its memory at once instead of after the idle age.
        DeactivateOnIdle();
    }

    private void ScheduleExpiry()
    {
        var due = S.ExpiresAt - time.GetUtcNow();
        _expiryTimer = RegisterGrainTimer(async _ => await ExpireIfDueAsync(), due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private ConfirmResult Answer(ConfirmOutcome outcome, int remaining = 0) => new(outcome, remaining, TransactionView.Of(Id, S));
}
