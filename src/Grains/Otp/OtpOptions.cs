namespace Inkan.Grains.Otp;

/// <summary>
/// Limits of email one-time passwords (seed 000, SPEC section 4): length, lifetime, the per-user failure
/// limit and the per-transaction resend limits. Configuration section <c>Inkan:Otp</c>.
/// </summary>
public sealed class OtpOptions
{
    /// <summary>The number of decimal digits of an OTP (4 to 10).</summary>
    public int Digits { get; set; } = 6;

    /// <summary>How long an OTP stays valid after its mail is queued.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Consecutive failed confirmations of one user that lock the user's confirmations.</summary>
    public int FailureLimit { get; set; } = 5;

    /// <summary>The most OTP mails one transaction may send, the first one included.</summary>
    public int MaxMailsPerTransaction { get; set; } = 3;

    /// <summary>The least time between two OTP mails of one transaction.</summary>
    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most address registration mails one user may send in 24 hours, whatever the addresses: one challenge's
    /// limits end with its OTP, and a session must not become a way to mail bank-branded OTPs to anyone.
    /// </summary>
    public int MaxAddressMailsPerDay { get; set; } = 10;

    /// <summary>Checks every field.</summary>
    /// <exception cref="ArgumentException">A field is out of range; the message names it.</exception>
    public void Validate()
    {
        Require(Digits is >= 4 and <= 10, nameof(Digits), "must be from 4 to 10");
        Require(Lifetime > TimeSpan.Zero, nameof(Lifetime), "must be positive");
        Require(FailureLimit >= 1, nameof(FailureLimit), "must be at least 1");
        Require(MaxMailsPerTransaction >= 1, nameof(MaxMailsPerTransaction), "must be at least 1");
        Require(ResendInterval >= TimeSpan.Zero, nameof(ResendInterval), "must not be negative");
        Require(MaxAddressMailsPerDay >= 1, nameof(MaxAddressMailsPerDay), "must be at least 1");
    }

    private static void Require(bool condition, string field, string rule)
    {
        if (!condition)
        {
            throw new ArgumentException($"Otp option {field} {rule}.", field);
        }
    }
}
