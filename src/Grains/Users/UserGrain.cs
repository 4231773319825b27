using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Security;
using Inkan.Grains.Tokens;
using Inkan.Silo;
using Microsoft.Extensions.Options;

namespace Inkan.Grains.Users;

/// <summary>
/// The user grain: permissions, hashed secrets, registered token, OTP address and the OTP failure count; asks the
/// token for its standing.
/// </summary>
[GrainType("user")]
public sealed partial class UserGrain(
    [PersistentState("user")] IPersistentState<UserState> state,
    AuthPolicy policy,
    SecretHasher hasher,
    IOptions<OtpOptions> otpOptions,
    OutboxSignal outbox,
    IAuthorizationEvents events,
    TimeProvider time) : Grain, IUserGrain
{
    private UserState S => state.State;

    private string ContractId => Identifiers.SplitUserKey(GetPrimaryKeyString()).ContractId;

    private string LoginId => Identifiers.SplitUserKey(GetPrimaryKeyString()).LoginId;

    /// <inheritdoc />
    public async Task CreateAsync(UserProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (S.Exists)
        {
            // The same profile again (its salted hashes can only come from the same change) is a retry after the
            // contract's own write failed: done already.
            if (S.Permissions == profile.Permissions && S.PasswordHash == profile.PasswordHash && S.PinHash == profile.PinHash)
            {
                return;
            }

            throw new DomainException(DomainError.Conflict, $"User {LoginId} exists already.");
        }

        state.State = new UserState { Exists = true, Permissions = profile.Permissions, PasswordHash = profile.PasswordHash, PinHash = profile.PinHash };
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<UserAuthContext> GetAuthContextAsync()
    {
        await EnsureRecentAsync();
        var standing = TokenStanding.None;
        if (S.TokenSerial is { } serial)
        {
            var token = await GrainFactory.GetGrain<ITokenGrain>(serial).GetInfoAsync();
            var registered = token.Status == TokenStatus.Active && token.ContractId == ContractId && token.Users.Contains(LoginId);
            standing = !registered ? TokenStanding.None : token.Locked ? TokenStanding.Locked : TokenStanding.Active;
        }

        var facts = new UserAuthFacts(S.Permissions, standing, S.OtpAddress is not null, S.OtpFailures.IsLocked, TokenEverRegistered: S.TokenSerial is not null);
        var otp = S.OtpAddress is { } address ? new OtpDestination(address, S.OtpLanguage) : null;
        return new UserAuthContext(facts, standing == TokenStanding.None ? null : S.TokenSerial, otp);
    }

    /// <inheritdoc />
    public async Task<Permissions> GetPermissionsAsync()
    {
        await state.EnsureCurrentAsync(policy.Options.AuthorizationMaxAge);
        return S.Exists ? S.Permissions : Permissions.None;
    }

    /// <inheritdoc />
    public async Task<LogonDecision> DecideLogonAsync(bool tokenRegistrationSkipped)
        => policy.DecideLogon((await GetAuthContextAsync()).Facts, time.GetUtcNow(), tokenRegistrationSkipped);

    /// <inheritdoc />
    public async Task<ConfirmationDecision> DecideConfirmationAsync()
        => policy.DecideConfirmation((await GetAuthContextAsync()).Facts, time.GetUtcNow());

    /// <inheritdoc />
    public async Task ChangePermissionsAsync(Permissions permissions)
    {
        RequireExists();
        S.Permissions = permissions;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task ResetSecretsAsync(string? passwordHash, string? pinHash)
    {
        RequireExists();
        if (passwordHash is not null)
        {
            // A new password from the bank is the written procedure that ends a logon lock, and whoever held the
            // old one loses their sessions.
            S.PasswordFailures.Unlock();
            S.SessionKey = null;
        }

        S.PasswordHash = passwordHash ?? S.PasswordHash;
        S.PinHash = pinHash ?? S.PinHash;
        await state.WriteStateAsync();
        if (passwordHash is not null)
        {
            PublishSessionsEnded();
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync()
    {
        if (!S.Exists)
        {
            // A retry after the contract's own write failed: done already.
            return;
        }

        if (S.TokenSerial is { } serial)
        {
            await GrainFactory.GetGrain<ITokenGrain>(serial).UnregisterUserAsync(LoginId);
        }

        await state.ClearStateAsync();
        PublishSessionsEnded();
    }

    /// <inheritdoc />
    public async Task RegisterTokenAsync(string serial)
    {
        RequireExists();
        if (S.TokenSerial is { } previous && previous != serial)
        {
            await GrainFactory.GetGrain<ITokenGrain>(previous).UnregisterUserAsync(LoginId);
        }

        S.TokenSerial = serial;
        // The token replaces email OTP for good: a registration still waiting for its OTP can no longer complete.
        S.PendingOtpAddress = null;
        await state.WriteStateAsync();
    }

    // Decisions on this copy reach other grains and the caller: a change made through another node must hold here too.
    private async Task EnsureRecentAsync()
    {
        await state.EnsureCurrentAsync(policy.Options.AuthorizationMaxAge);
        RequireExists();
    }

    // The back office's procedures (unlock, address reset) act on what they were asked to undo, as stored now.
    private async Task RequireCurrentAsync()
    {
        await state.EnsureCurrentAsync();
        RequireExists();
    }

    private void RequireExists()
    {
        if (!S.Exists)
        {
            throw new DomainException(DomainError.NotFound, $"User {LoginId} of contract {ContractId} does not exist.");
        }
    }
}
