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

    /// <summary>Whether wrong OTPs locked the user's email OTP confirmation.</summary>
    public bool OtpLocked { get; set; }

    /// <summary>The serial of the token the user registered.</summary>
    public string? TokenSerial { get; set; }
}
