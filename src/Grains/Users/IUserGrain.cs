using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Silo;

namespace Inkan.Grains.Users;

/// <summary>
/// One user (key: <c>contract/login</c>, see <see cref="Identifiers.UserKey"/>). Created, changed and
/// deleted through the contract; calls only its token and the audit chain.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the user; a conflict if it exists, unless with this very profile (a retry of the same change).</summary>
    Task CreateAsync(UserProfile profile);

    /// <summary>The user's permissions, token standing and OTP facts.</summary>
    Task<UserAuthContext> GetAuthContextAsync();

    /// <summary>The user's permissions now; <see cref="Permissions.None"/> once the user is deleted.</summary>
    Task<Permissions> GetPermissionsAsync();

    /// <summary>What the logon leads to now (SPEC sections 4–6); <paramref name="tokenRegistrationSkipped"/> is this logon's skip.</summary>
    Task<LogonDecision> DecideLogonAsync(bool tokenRegistrationSkipped);

    /// <summary>Which method confirms this user's operations now.</summary>
    Task<ConfirmationDecision> DecideConfirmationAsync();

    /// <summary>
    /// Checks the login password in constant time and counts wrong ones: at <c>PasswordFailureLimit</c> in a row the logon
    /// locks (false even for the right password) until the back office sets a new one (<see cref="ResetSecretsAsync"/>).
    /// </summary>
    Task<bool> VerifyPasswordAsync(string password);

    /// <summary>Whether wrong passwords locked the user's logon.</summary>
    Task<bool> IsLogonLockedAsync();

    /// <summary>The session key a new browser session carries (made on first use); call after the password was verified.</summary>
    Task<string> StartSessionAsync();

    /// <summary>Whether <paramref name="sessionKey"/> is the user's current one (false once the user is deleted, logged off or given a new password).</summary>
    Task<bool> IsSessionCurrentAsync(string sessionKey);

    /// <summary>Ends every browser session of the user: their session key is replaced.</summary>
    Task EndSessionsAsync();

    /// <summary>Checks the confirmation PIN in constant time.</summary>
    Task<bool> VerifyPinAsync(string pin);

    /// <summary>Replaces the user's permissions.</summary>
    Task ChangePermissionsAsync(Permissions permissions);

    /// <summary>
    /// Replaces the hash of the login password, of the confirmation PIN, or of both (null keeps one); a new password ends
    /// a logon lock and every browser session.
    /// </summary>
    Task ResetSecretsAsync(string? passwordHash, string? pinHash);

    /// <summary>Deletes the user and drops their token registration; nothing to do when the user is gone already (a retry).</summary>
    Task DeleteAsync();

    /// <summary>Records that the user registered token <paramref name="serial"/> (after a successful ACT).</summary>
    Task RegisterTokenAsync(string serial);

    /// <summary>
    /// Starts registering <paramref name="address"/> as the user's OTP address, or repeats the mail: an OTP goes to that
    /// address (in <paramref name="language"/>), and <see cref="ConfirmOtpAddressAsync"/> completes the registration.
    /// A new request while an OTP is still valid replaces the address and counts as a resend (limited in number and spacing).
    /// A registered address is not replaced this way (<see cref="OtpMailOutcome.AddressRegistered"/>; see <see cref="ResetOtpAddressAsync"/>).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="address"/> is not one plain mail address.</exception>
    Task<OtpMailResult> StartOtpAddressRegistrationAsync(string address, MailLanguage language);

    /// <summary>
    /// Completes the pending address registration with the confirmation PIN and the OTP from the mail. A failure counts
    /// against the user like a transaction's and never says which of the two was wrong.
    /// </summary>
    Task<OtpConfirmationResult> ConfirmOtpAddressAsync(string pin, string otp);

    /// <summary>
    /// For the transaction grain: checks <paramref name="pin"/> and counts the outcome of the transaction's own OTP check
    /// (<paramref name="otp"/>) against the user; audited with <paramref name="transactionId"/>.
    /// </summary>
    Task<OtpConfirmationResult> ConfirmOtpAsync(string pin, OtpCheck otp, string transactionId);

    /// <summary>Back office: unlocks the user's OTP confirmations on the written request <paramref name="reference"/>.</summary>
    /// <exception cref="Errors.DomainException">Conflict: the user is not locked.</exception>
    Task UnlockOtpAsync(string reference, string operatorId);

    /// <summary>Back office: removes the user's registered OTP address on the written request <paramref name="reference"/>; the user then registers a new one.</summary>
    /// <exception cref="Errors.DomainException">Conflict: the user has no registered address.</exception>
    Task ResetOtpAddressAsync(string reference, string operatorId);

    /// <summary>The user's OTP address, lock and pending registration.</summary>
    Task<OtpUserStatus> GetOtpStatusAsync();
}
