using Inkan.Grains.Policy;
using Inkan.Silo;

namespace Inkan.Grains.Users;

/// <summary>
/// One user (key: <c>contract/login</c>, see <see cref="Identifiers.UserKey"/>). Created, changed and
/// deleted through the contract; calls only its token and the audit chain.
/// </summary>
public interface IUserGrain : IGrainWithStringKey
{
    /// <summary>Creates the user; a conflict if it exists.</summary>
    Task CreateAsync(UserProfile profile);

    /// <summary>The user's permissions, token standing and OTP facts.</summary>
    Task<UserAuthContext> GetAuthContextAsync();

    /// <summary>What the logon leads to now (SPEC sections 4–6); <paramref name="tokenRegistrationSkipped"/> is this logon's skip.</summary>
    Task<LogonDecision> DecideLogonAsync(bool tokenRegistrationSkipped);

    /// <summary>Which method confirms this user's operations now.</summary>
    Task<ConfirmationDecision> DecideConfirmationAsync();

    /// <summary>Checks the login password in constant time.</summary>
    Task<bool> VerifyPasswordAsync(string password);

    /// <summary>Checks the confirmation PIN in constant time.</summary>
    Task<bool> VerifyPinAsync(string pin);

    /// <summary>Replaces the user's permissions.</summary>
    Task ChangePermissionsAsync(Permissions permissions);

    /// <summary>Replaces the hash of the login password, of the confirmation PIN, or of both (null keeps one).</summary>
    Task ResetSecretsAsync(string? passwordHash, string? pinHash);

    /// <summary>Deletes the user and drops their token registration.</summary>
    Task DeleteAsync();

    /// <summary>Records that the user registered token <paramref name="serial"/> (after a successful ACT).</summary>
    Task RegisterTokenAsync(string serial);

    /// <summary>Records the user's confirmed email OTP address (the OTP registration flow is issue 5's).</summary>
    Task SetOtpAddressAsync(string address);
}
