using System.Text.Json.Serialization;

namespace Inkan.Grains.Audit;

/// <summary>
/// What an audit entry records. The member names are part of each entry's hash: never rename one.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuditEventType>))]
public enum AuditEventType
{
    /// <summary>A token entered the inventory.</summary>
    TokenImported,

    /// <summary>A token was issued to a contract (with its fee).</summary>
    TokenIssued,

    /// <summary>A user registered (activated) a token.</summary>
    TokenRegistered,

    /// <summary>A challenge (QR code or OTP) was issued for a transaction.</summary>
    ChallengeIssued,

    /// <summary>A correct code authorized a transaction.</summary>
    ConfirmationSucceeded,

    /// <summary>A wrong code was counted.</summary>
    ConfirmationFailed,

    /// <summary>A code was refused without counting: replay, expired challenge or locked token.</summary>
    ConfirmationRefused,

    /// <summary>A token locked at its failure limit.</summary>
    TokenLocked,

    /// <summary>The back office unlocked a token on a written request.</summary>
    TokenUnlocked,

    /// <summary>A token was revoked.</summary>
    TokenRevoked,

    /// <summary>A pending transaction was cancelled.</summary>
    TransactionCancelled,

    /// <summary>A user was added, changed or deleted.</summary>
    UserChanged,

    /// <summary>A user registered an email OTP address, confirmed by an OTP mailed to it.</summary>
    OtpAddressRegistered,

    /// <summary>Wrong PIN + OTP confirmations locked a user's email OTP confirmations at the limit.</summary>
    OtpLocked,

    /// <summary>Wrong login passwords locked a user's logon at the limit; a new password from the back office unlocks it.</summary>
    LogonLocked,

    /// <summary>The back office unlocked a user's email OTP confirmations on a written request.</summary>
    OtpUnlocked,

    /// <summary>The back office removed a user's registered OTP address on a written request; the user registers a new one.</summary>
    OtpAddressReset,

    /// <summary>A user's login password was right: the logon went ahead.</summary>
    LogonSucceeded,

    /// <summary>A logon was refused: a wrong login password (with the count), or any password while the logon is locked.</summary>
    LogonFailed,
}
