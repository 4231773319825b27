using System.Security.Cryptography;
using Inkan.Gateway.Api.Users;
using Inkan.Grains.Users;

namespace Inkan.Gateway.Demo;

/// <summary>One demo user as the credentials file lists it.</summary>
/// <param name="LoginId">The login ID.</param>
/// <param name="Password">The login password.</param>
/// <param name="Pin">The confirmation PIN.</param>
/// <param name="Permissions">The permission names.</param>
/// <param name="Confirms">How the user confirms operations, in words.</param>
public sealed record DemoUser(string LoginId, string Password, string Pin, IReadOnlyList<string> Permissions, string Confirms)
{
    /// <summary>A user with a random password (12 characters without look-alikes) and PIN (4 digits).</summary>
    public static DemoUser Create(string loginId, Permissions permissions, string confirms)
        => new(
            loginId,
            RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12),
            RandomNumberGenerator.GetString("0123456789", 4),
            PermissionNames.Of(permissions),
            confirms);

    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => $"DemoUser {{ LoginId = {LoginId} }}";
}
