using Inkan.Grains.Policy;
using Inkan.Grains.Users;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary>What the back office sees of a user: permissions, token and email OTP standing; never a secret.</summary>
/// <param name="ContractId">The user's contract.</param>
/// <param name="LoginId">The user.</param>
/// <param name="Permissions">The permission names.</param>
/// <param name="Token">Where the user stands with their registered token.</param>
/// <param name="TokenSerial">The registered token, when usable.</param>
/// <param name="Otp">The email OTP address, lock and failures.</param>
/// <param name="LogonLocked">Whether wrong passwords locked the logon (a new password unlocks it).</param>
public sealed record UserView(string ContractId, string LoginId, IReadOnlyList<string> Permissions, TokenStanding Token, string? TokenSerial, OtpUserStatus Otp, bool LogonLocked);
