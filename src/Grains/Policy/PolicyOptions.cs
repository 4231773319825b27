namespace Inkan.Grains.Policy;

/// <summary>
/// The deployment's policy timeline (SPEC section 6) and limits. The default dates are the seeds'
/// examples in Japan time; a deployment sets its own (configuration section <c>Inkan:Policy</c>). The email OTP
/// limits are <c>OtpOptions</c> (section <c>Inkan:Otp</c>).
/// </summary>
public sealed class PolicyOptions
{
    /// <summary>From this instant users with FundTransfer must register an email OTP address.</summary>
    public DateTimeOffset EmailOtpMandatorySince { get; set; } = new(2016, 5, 16, 0, 0, 0, TimeSpan.FromHours(9));

    /// <summary>From this instant tokens can be registered and the registration screen appears.</summary>
    public DateTimeOffset TokenAuthAvailableSince { get; set; } = new(2016, 6, 20, 0, 0, 0, TimeSpan.FromHours(9));

    /// <summary>From this instant users who can need transaction authentication must use a token.</summary>
    public DateTimeOffset TokenAuthMandatorySince { get; set; } = new(2016, 7, 4, 0, 0, 0, TimeSpan.FromHours(9));

    /// <summary>Wrong codes, counted per token across all its users, that lock the token.</summary>
    public int TokenFailureLimit { get; set; } = 5;

    /// <summary>Consecutive wrong login passwords that lock a user's logon until the back office sets a new password.</summary>
    public int PasswordFailureLimit { get; set; } = 6;

    /// <summary>How long a QR code challenge stays valid (an OTP's lifetime is <c>OtpOptions.Lifetime</c>, section <c>Inkan:Otp</c>).</summary>
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// With several nodes on one database: how old a node's copy of an API key or a user may be when it authorizes a
    /// call. An older copy is read again first, so a revocation, permission change, deletion or new password made
    /// through one node holds on every node within this time.
    /// </summary>
    public TimeSpan AuthorizationMaxAge { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks that the dates are in order and the limits positive.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the message names it.</exception>
    public void Validate()
    {
        if (TokenAuthMandatorySince < TokenAuthAvailableSince)
        {
            throw new ArgumentException($"{nameof(TokenAuthMandatorySince)} must not be before {nameof(TokenAuthAvailableSince)}.", nameof(TokenAuthMandatorySince));
        }

        if (TokenFailureLimit < 1)
        {
            throw new ArgumentException($"{nameof(TokenFailureLimit)} must be at least 1.", nameof(TokenFailureLimit));
        }

        if (PasswordFailureLimit < 1)
        {
            throw new ArgumentException($"{nameof(PasswordFailureLimit)} must be at least 1.", nameof(PasswordFailureLimit));
        }

        if (ChallengeLifetime <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(ChallengeLifetime)} must be positive.", nameof(ChallengeLifetime));
        }

        if (AuthorizationMaxAge < TimeSpan.Zero)
        {
            throw new ArgumentException($"{nameof(AuthorizationMaxAge)} must not be negative.", nameof(AuthorizationMaxAge));
        }
    }
}
