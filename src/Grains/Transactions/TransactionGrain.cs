using Inkan.Grains.Audit;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Contracts;
using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Microsoft.Extensions.Options;

namespace Inkan.Grains.Transactions;

/// <summary>
/// A pending transaction: checks the user may do it and how they confirm, builds the payload from its own
/// copy, hands codes to the token, and authorizes at most once. Replays and expired challenges never reach
/// the token, so they do not count against it.
/// </summary>
[GrainType("transaction")]
public sealed partial class TransactionGrain(
    [PersistentState("transaction")] IPersistentState<TransactionState> state,
    AuthPolicy policy,
    SecretHasher hasher,
    IAuthorizationEvents events,
    IOptions<OtpOptions> otpOptions,
    OutboxSignal outbox,
    CallbackSignal callbacks,
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

        var change = request.Data is AdminData admin ? AdminChange.Create(admin, request.Admin, hasher) : null;
        if (change is not null)
        {
            await GrainFactory.GetGrain<IContractGrain>(request.ContractId).CheckAdminChangeAsync(change);
        }

        var decision = policy.DecideConfirmation(context.Facts, time.GetUtcNow());
        return decision.Method switch
        {
            ConfirmationMethod.Token => await IssueChallengeAsync(request.ContractId, request.LoginId, payload, request.Data.Kind, context.TokenSerial!, change, request.Callback),
            ConfirmationMethod.EmailOtp => await IssueOtpAsync(request.ContractId, request.LoginId, payload, request.Data.Kind, context.Otp!, change, request.Callback),
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

        if (RegisteredOther(context, request.TokenSerial) is { } registered)
        {
            await AuditAsync(request.ContractId, AuditEventType.ConfirmationRefused, request.LoginId, request.TokenSerial, $"registration refused: token {registered} registered");
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

        return await IssueChallengeAsync(request.ContractId, request.LoginId, payload, TxaKind.ACT, request.TokenSerial, null, request.Callback);
    }

    private async Task<TransactionResult> IssueChallengeAsync(string contractId, string loginId, string payload, TxaKind kind, string serial, AdminChange? change, CallbackTarget? callback)
    {
        // Audited before the challenge exists: none exists without its entry, even after a crash, and when the
        // contract's chain has moved on at another node the creation fails here with nothing stored (a 409 to retry).
        await AuditAsync(contractId, AuditEventType.ChallengeIssued, loginId, serial, kind.ToString());
        var now = time.GetUtcNow();
        state.State = NewPending(contractId, loginId, kind, ConfirmationMethod.Token, payload, change, now);
        S.TokenSerial = serial;
        S.ExpiresAt = now + policy.Options.ChallengeLifetime;
        WatchForCallback(callback);
        RecordInHistory();
        await state.WriteStateAsync();
        Announce();
        return Created();
    }

    private static TransactionState NewPending(string contractId, string loginId, TxaKind kind, ConfirmationMethod method, string payload, AdminChange? change, DateTimeOffset now) => new()
    {
        Status = TransactionStatus.Pending,
        ContractId = contractId,
        LoginId = loginId,
        Kind = kind,
        Method = method,
        Payload = payload,
        AdminChange = change,
        CreatedAt = now,
    };

    // Announces the stored challenge (new or resent) and arms its expiry.
    private void Announce()
    {
        var issued = new ChallengeIssuedEvent(Id, S.ContractId, S.LoginId, S.Kind, S.Payload, S.ExpiresAt, S.Method);
        RunWhenDurable(() => events.ChallengeIssued(issued));
        _expiryTimer?.Dispose();
        ScheduleExpiry();
    }

    // With the write that creates the transaction: the user's history lists it if and only if it is stored.
    private void RecordInHistory() => state.AppendToLog(TransactionHistory.LogOf(S.ContractId, S.LoginId), Id);

    private TransactionResult Created() => new(CreateOutcome.Created, BlockReason.None, TransactionView.Of(Id, S));

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

    // The user's registered token, usable or locked, unless it is the one to register. A session alone must not replace
    // it: malware in the browser would move the user's confirmations to a token of the contract that it controls, and a
    // locked token would be left behind instead of unlocked. The token is revoked first (reissue, ADM or back office).
    private static string? RegisteredOther(UserAuthContext context, string serial)
        => context.TokenSerial is { } registered && registered != serial ? registered : null;

    private IUserGrain UserOf(string contractId, string loginId) => GrainFactory.GetGrain<IUserGrain>(Identifiers.UserKey(contractId, loginId));

    private Task AuditAsync(AuditEventType type, string? details) => AuditAsync(S.ContractId, type, S.LoginId, S.TokenSerial, details);

    private Task AuditAsync(string contractId, AuditEventType type, string? loginId, string? serial, string? details)
        => GrainFactory.AppendAuditAsync(AuditChains.ForContract(contractId), new AuditRecord(type, contractId, loginId, serial, Id, details));
}
