using System.Text.Json.Serialization;

namespace Inkan.Grains.Otp;

/// <summary>
/// The OTP of one pending transaction, as state a grain keeps: each mail carries a new OTP that replaces
/// the previous one, mails are limited in number and spacing, and an OTP is good once, before its expiry.
/// Pure: the caller passes the current time and persists the object.
/// </summary>
public sealed class OtpChallenge
{
    /// <summary>The hash of the current OTP; null before the first mail.</summary>
    [JsonInclude]
    public OtpHash? Hash { get; internal set; }

    /// <summary>When the current OTP expires.</summary>
    [JsonInclude]
    public DateTimeOffset ExpiresAt { get; internal set; }

    /// <summary>OTP mails sent so far, the first one included.</summary>
    [JsonInclude]
    public int MailsSent { get; internal set; }

    /// <summary>When the last OTP mail was sent.</summary>
    [JsonInclude]
    public DateTimeOffset LastSentAt { get; internal set; }

    /// <summary>Whether the OTP confirmed the transaction; no OTP of this challenge works after that.</summary>
    [JsonInclude]
    public bool Used { get; internal set; }

    /// <summary>Makes the first OTP.</summary>
    /// <exception cref="InvalidOperationException">An OTP was already issued; use <see cref="Resend"/>.</exception>
    public OtpSendResult Issue(OtpOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (MailsSent > 0)
        {
            throw new InvalidOperationException("This transaction's OTP was already issued; a new mail is a resend.");
        }

        return Renew(options, now);
    }

    /// <summary>
    /// Makes a new OTP (the previous one stops working) unless the transaction has used its OTP, has sent
    /// <see cref="OtpOptions.MaxMailsPerTransaction"/> mails, or sent one less than <see cref="OtpOptions.ResendInterval"/> ago.
    /// </summary>
    /// <exception cref="InvalidOperationException">No OTP was issued yet.</exception>
    public OtpSendResult Resend(OtpOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (MailsSent == 0)
        {
            throw new InvalidOperationException("This transaction has no OTP to resend; issue one first.");
        }

        var left = Math.Max(0, options.MaxMailsPerTransaction - MailsSent);
        if (Used)
        {
            return OtpSendResult.Refused(OtpSendRefusal.AlreadyUsed, ExpiresAt, TimeSpan.Zero, left);
        }

        if (left == 0)
        {
            return OtpSendResult.Refused(OtpSendRefusal.LimitReached, ExpiresAt, TimeSpan.Zero, left);
        }

        var wait = LastSentAt + options.ResendInterval - now;
        return wait > TimeSpan.Zero
            ? OtpSendResult.Refused(OtpSendRefusal.TooSoon, ExpiresAt, wait, left)
            : Renew(options, now);
    }

    /// <summary>Compares <paramref name="typed"/> with the current OTP without changing anything.</summary>
    public OtpCheck Check(string? typed, DateTimeOffset now)
    {
        if (Hash is null || Used)
        {
            return OtpCheck.NotPending;
        }

        if (now >= ExpiresAt)
        {
            return OtpCheck.Expired;
        }

        return Hash.Matches(typed) ? OtpCheck.Match : OtpCheck.Mismatch;
    }

    /// <summary>Marks the OTP used after a successful confirmation, and forgets its hash.</summary>
    /// <exception cref="InvalidOperationException">There is no unused OTP.</exception>
    public void Consume()
    {
        if (Hash is null || Used)
        {
            throw new InvalidOperationException("This transaction has no unused OTP to consume.");
        }

        Used = true;
        Hash = null;
    }

    private OtpSendResult Renew(OtpOptions options, DateTimeOffset now)
    {
        var otp = OtpCode.Generate(options.Digits);
        Hash = OtpHash.Create(otp);
        ExpiresAt = now + options.Lifetime;
        LastSentAt = now;
        MailsSent++;
        return OtpSendResult.Issued(otp, ExpiresAt, Math.Max(0, options.MaxMailsPerTransaction - MailsSent));
    }
}
