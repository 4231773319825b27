using Inkan.Grains.Policy;

namespace Inkan.Gateway.Api.BackOffice;

/// <summary>What the back office sees of a user: permissions, token and email OTP standing; never a secret.</summary>
public sealed record UserView(
    string ContractId, string LoginId, IReadOnlyList<string> Permissions, TokenStanding Token, string? TokenSerial, bool HasOtpAddress, bool OtpLocked);
