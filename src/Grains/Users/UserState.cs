using System.Text.Json.Serialization;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Security;

namespace Inkan.Grains.Users;

/// <summary>Persisted state of a user grain. New fields need defaults so that older records still load.</summary>
public sealed class UserState
{
    /// <summary>Whether the user exists (false before creation and after deletion).</summary>
    public bool Exists { get; set; }

    /// <summary>The user's permissions.</summary>
    public Permissions Permissions { get; set; }

    /// <summary>Slow hash of the login password.</summary>
    public string? PasswordHash { get; set; }

    /// <summary>Slow hash of the confirmation PIN (利用者確認暗証番号).</summary>
    public string? PinHash { get; set; }

    /// <summary>The registered email OTP address.</summary>
    public string? OtpAddress { get; set; }

    /// <summary>The language of the user's OTP mails, chosen when the address was registered.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<MailLanguage>))]
    public MailLanguage OtpLanguage { get; set; }

    /// <summary>The address registration waiting for its OTP, if any.</summary>
    public OtpAddressRegistration? PendingOtpAddress { get; set; }

    /// <summary>OTP address mails queued so far; numbers each mail's outbox id.</summary>
    public int OtpAddressMails { get; set; }

    /// <summary>When the current 24-hour window of address registration mails began.</summary>
    public DateTimeOffset AddressMailWindowStart { get; set; }

    /// <summary>Address registration mails queued in the current window.</summary>
    public int AddressMailsInWindow { get; set; }

    /// <summary>Consecutive failed PIN + OTP confirmations and the lock they lead to.</summary>
    public FailureCounter OtpFailures { get; set; } = new();

    /// <summary>The secret every browser session of the user carries; a new one ends them all (logoff, new password).</summary>
    public string? SessionKey { get; set; }

    /// <summary>Consecutive wrong login passwords and the logon lock they lead to.</summary>
    public FailureCounter PasswordFailures { get; set; } = new();

    /// <summary>The serial of the token the user registered.</summary>
    public string? TokenSerial { get; set; }
}
