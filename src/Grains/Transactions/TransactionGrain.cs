using Inkan.Grains.Audit;
using Inkan.Grains.Contracts;
using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;
using Inkan.Silo;

namespace Inkan.Grains.Transactions;

/// <summary>
/// A pending transaction: checks the user may do it and how they confirm, builds the payload from its own
/// copy, hands codes to the token, and authorizes at most once. Replays and expired challenges never reach
/// the token, so they do not count against it.
/// </summary>
[GrainType("transaction")]
public sealed class TransactionGrain(
    [PersistentState("transaction")] IPersistentState<TransactionState> state,
    AuthPolicy policy,
    SecretHasher hasher,
    IAuthorizationEvents events,
    TimeProvider time) : Grain, ITransactionGrain
{
    private IDisposable? _expiryTimer;

    private TransactionState S => state.State;

    private string Id => GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Status == TransactionStatus.Pending)
        {
            ScheduleExpiry();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<TransactionResult> CreateAsync(TransactionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Data, nameof(request.Data));
        if (request.Data.Kind == TxaKind.ACT)
        {
            throw new ArgumentException("Token activation starts with StartActivationAsync.", nameof(request));
        }

        RequireNew();
        var payload = TxaPayload.Build(request.Data, TxaNonce.Create());
        var context = await UserOf(request.ContractId, request.LoginId).GetAuthContextAsync();
        if (!context.Facts.Permissions.Allows(request.Data.Kind))
        {
            return TransactionResult.Refused(CreateOutcome.PermissionDenied);
        }

        var change = request.Data is AdminData admin ? ToChange(admin, request.Admin) : null;
        if (change is not null)
        {
            await GrainFactory.GetGrain<IContractGrain>(request.ContractId).CheckAdminChangeAsync(change);
        }

        var decision = policy.DecideConfirmation(context.Facts, time.GetUtcNow());
        return decision.Method switch
        {
            ConfirmationMethod.Token => await IssueChallengeAsync(request.ContractId, request.LoginId, payload, request.Data.Kind, context.TokenSerial!, change),
            ConfirmationMethod.EmailOtp => TransactionResult.Refused(CreateOutcome.MethodUnavailable),
            _ => TransactionResult.Refused(CreateOutcome.Blocked, decision.Reason),
        };
    }

    /// <inheritdoc />
    public async Task<TransactionResult> StartActivationAsync(ActivationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireNew();
        var payload = TxaPayload.Build(new ActivationData(request.LoginId, request.TokenSerial), TxaNonce.Create());
        var context = await UserOf(request.ContractId, request.LoginId).GetAuthContextAsync();
        if (!policy.CanRegisterToken(context.Facts.Permissions, time.GetUtcNow()))
        {
            return TransactionResult.Refused(CreateOutcome.RegistrationNotAllowed);
        }

        var token = await GrainFactory.GetGrain<ITokenGrain>(request.TokenSerial).GetInfoAsync();
        if (token.ContractId != request.ContractId || token.Status is not (TokenStatus.Issued or TokenStatus.Active))
        {
            await AuditAsync(request.ContractId, AuditEventType.ConfirmationRefused, request.LoginId, request.TokenSerial, "registration refused: token not issued to this contract");
            return TransactionResult.Refused(CreateOutcome.TokenUnavailable);
        }

        if (token.Locked)
        {
            return TransactionResult.Refused(CreateOutcome.Blocked, BlockReason.TokenLocked);
        }

        return await IssueChallengeAsync(request.ContractId, request.LoginId, payload, TxaKind.ACT, request.TokenSerial, null);
    }

    /// <inheritdoc />
    public async Task<ConfirmResult> ConfirmAsync(ConfirmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireOwner(request.ContractId, request.LoginId);
        if (request.Code is not { Length: TxaCode.Length } || !request.Code.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("The code must be exactly 8 digits.", nameof(request));
        }

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

        var check = new TokenCheck(S.ContractId, S.LoginId, Id, S.Payload, request.Code, S.Kind == TxaKind.ACT);
        var verdict = await GrainFactory.GetGrain<ITokenGrain>(S.TokenSerial!).CheckAsync(check);
        switch (verdict.Outcome)
        {
            case TokenCheckOutcome.Accepted:
                return await AuthorizeAsync();
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

    /// <inheritdoc />
    public async Task<TransactionView> GetAsync(string contractId, string loginId)
    {
        RequireOwner(contractId, loginId);
        await ExpireIfDueAsync();
        return TransactionView.Of(Id, S);
    }

    /// <inheritdoc />
    public async Task<TransactionView> CancelAsync(string contractId, string loginId)
    {
        RequireOwner(contractId, loginId);
        if (S.Status != TransactionStatus.Pending || await ExpireIfDueAsync())
        {
            throw new DomainException(DomainError.Conflict, $"Transaction {Id} is {S.Status}, not pending.");
        }

        await CompleteAsync(TransactionStatus.Cancelled, null);
        await AuditAsync(AuditEventType.TransactionCancelled, null);
        return TransactionView.Of(Id, S);
    }

    private AdminChange ToChange(AdminData admin, AdminDetails? details)
    {
        var add = admin.Operation == AdminOperation.USER_ADD;
        return new AdminChange(
            admin.Operation,
            admin.TargetLoginId,
            details?.Permissions ?? Permissions.None,
            add && details?.Password is { } password ? hasher.Hash(password) : null,
            add && details?.Pin is { } pin ? hasher.Hash(pin) : null);
    }

    private async Task<TransactionResult> IssueChallengeAsync(string contractId, string loginId, string payload, TxaKind kind, string serial, AdminChange? change)
    {
        var now = time.GetUtcNow();
        state.State = new TransactionState
        {
            Status = TransactionStatus.Pending,
            ContractId = contractId,
            LoginId = loginId,
            Kind = kind,
            Method = ConfirmationMethod.Token,
            Payload = payload,
            TokenSerial = serial,
            AdminChange = change,
            CreatedAt = now,
            ExpiresAt = now + policy.Options.ChallengeLifetime,
        };
        await state.WriteStateAsync();
        await AuditAsync(AuditEventType.ChallengeIssued, kind.ToString());
        var issued = new ChallengeIssuedEvent(Id, contractId, loginId, kind, payload, S.ExpiresAt);
        RunWhenDurable(() => events.ChallengeIssued(issued));
        ScheduleExpiry();
        return new TransactionResult(CreateOutcome.Created, BlockReason.None, TransactionView.Of(Id, S));
    }

    private async Task<ConfirmResult> AuthorizeAsync()
    {
        if (S.Kind == TxaKind.ACT)
        {
            await UserOf(S.ContractId, S.LoginId).RegisterTokenAsync(S.TokenSerial!);
        }

        if (S.AdminChange is { } change)
        {
            try
            {
                await GrainFactory.GetGrain<IContractGrain>(S.ContractId).ApplyAdminChangeAsync(change, S.LoginId, Id);
            }
            catch (DomainException e)
            {
                await CompleteAsync(TransactionStatus.Rejected, e.Message);
                return Answer(ConfirmOutcome.Rejected);
            }
        }

        await CompleteAsync(TransactionStatus.Authorized, null);
        return Answer(ConfirmOutcome.Authorized, policy.Options.TokenFailureLimit);
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
        await state.WriteStateAsync();
        _expiryTimer?.Dispose();
        var changed = new TransactionStatusEvent(Id, S.ContractId, S.LoginId, status);
        RunWhenDurable(() => events.TransactionStatusChanged(changed));
    }

    private void ScheduleExpiry()
    {
        var due = S.ExpiresAt - time.GetUtcNow();
        _expiryTimer = RegisterGrainTimer(async _ => await ExpireIfDueAsync(), due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private ConfirmResult Answer(ConfirmOutcome outcome, int remaining = 0) => new(outcome, remaining, TransactionView.Of(Id, S));

    private void RequireNew()
    {
        if (!TransactionIds.IsValid(Id))
        {
            throw new ArgumentException("A transaction ID is 32 lowercase hex characters (TransactionIds.New).", "transactionId");
        }

        if (S.Status != TransactionStatus.None)
        {
            throw new DomainException(DomainError.Conflict, $"Transaction {Id} exists already.");
        }
    }

    // Another user's transaction is answered as missing, so IDs cannot be probed.
    private void RequireOwner(string contractId, string loginId)
    {
        if (S.Status == TransactionStatus.None || S.ContractId != contractId || S.LoginId != loginId)
        {
            throw new DomainException(DomainError.NotFound, $"Transaction {Id} does not exist.");
        }
    }

    private IUserGrain UserOf(string contractId, string loginId) => GrainFactory.GetGrain<IUserGrain>(Identifiers.UserKey(contractId, loginId));

    private Task AuditAsync(AuditEventType type, string? details) => AuditAsync(S.ContractId, type, S.LoginId, S.TokenSerial, details);

    private Task AuditAsync(string contractId, AuditEventType type, string? loginId, string? serial, string? details)
        => GrainFactory.GetGrain<IAuditGrain>(AuditChains.ForContract(contractId))
            .AppendAsync(new AuditRecord(type, contractId, loginId, serial, Id, details));
}
