using Inkan.Grains.Users;

namespace Inkan.Grains.Policy;

/// <summary>
/// The logon and confirmation rules of SPEC sections 4, 5 and 6 as pure functions of a user's facts
/// and the current instant: the one place that decides what a user must do and how they confirm.
/// </summary>
public sealed class AuthPolicy
{
    private readonly PolicyOptions _options;

    /// <summary>Creates the policy for validated <paramref name="options"/>.</summary>
    public AuthPolicy(PolicyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
    }

    /// <summary>The options in force.</summary>
    public PolicyOptions Options => _options;

    /// <summary>
    /// What a logon leads to. <paramref name="tokenRegistrationSkipped"/> says the user pressed skip on an
    /// optional token registration screen during this logon; skipping lasts for this logon only.
    /// </summary>
    public LogonDecision DecideLogon(UserAuthFacts user, DateTimeOffset now, bool tokenRegistrationSkipped)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (ShowsTokenRegistration(user, now))
        {
            if (IsTokenMandatoryFor(user.Permissions, now))
            {
                return LogonDecision.RegisterTokenRequired;
            }

            if (!tokenRegistrationSkipped)
            {
                return LogonDecision.RegisterTokenOptional;
            }
        }

        return NeedsOtpAddress(user, now) ? LogonDecision.RegisterOtpAddress : LogonDecision.Proceed;
    }

    /// <summary>Which method confirms the user's operations (TRF, FEE, BLK, ADM) at <paramref name="now"/>.</summary>
    public ConfirmationDecision DecideConfirmation(UserAuthFacts user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        // Once a token is registered it replaces email OTP for good (seed 004, Q14).
        switch (user.Token)
        {
            case TokenStanding.Active:
                return ConfirmationDecision.Token;
            case TokenStanding.Locked:
                return ConfirmationDecision.Blocked(BlockReason.TokenLocked);
        }

        if (now >= _options.TokenAuthMandatorySince || user.TokenEverRegistered)
        {
            return ConfirmationDecision.Blocked(BlockReason.TokenRegistrationRequired);
        }

        if (!user.HasOtpAddress)
        {
            return ConfirmationDecision.Blocked(BlockReason.NoConfirmationMethod);
        }

        return user.OtpLocked ? ConfirmationDecision.Blocked(BlockReason.OtpLocked) : ConfirmationDecision.EmailOtp;
    }

    /// <summary>
    /// Whether email OTP can serve <paramref name="user"/> at <paramref name="now"/>, so that registering an OTP address
    /// makes sense: something of theirs needs confirmation, they never registered a token, and tokens are not mandatory yet.
    /// </summary>
    public bool CanUseEmailOtp(UserAuthFacts user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Permissions.NeedsConfirmation() && user.Token == TokenStanding.None && !user.TokenEverRegistered && now < _options.TokenAuthMandatorySince;
    }

    /// <summary>Whether a user with <paramref name="permissions"/> may register (activate) a token at <paramref name="now"/>.</summary>
    public bool CanRegisterToken(Permissions permissions, DateTimeOffset now)
        => now >= _options.TokenAuthAvailableSince && !permissions.IsInquiryOnly();

    private bool ShowsTokenRegistration(UserAuthFacts user, DateTimeOffset now)
        => user.Token == TokenStanding.None && CanRegisterToken(user.Permissions, now);

    private bool IsTokenMandatoryFor(Permissions permissions, DateTimeOffset now)
        => now >= _options.TokenAuthMandatorySince && permissions.NeedsConfirmation();

    // Email OTP serves only until tokens become mandatory, and a registered token replaces it for good.
    private bool NeedsOtpAddress(UserAuthFacts user, DateTimeOffset now)
        => user.Permissions.NeedsOtpAddress()
            && !user.HasOtpAddress
            && now >= _options.EmailOtpMandatorySince
            && CanUseEmailOtp(user, now);
}
