using Inkan.Grains.Security;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Contracts;

/// <summary>
/// An administrative change confirmed by an ADM transaction: the operation on the target user and, for
/// USER_ADD and USER_CHANGE, the permissions; USER_ADD also carries the new user's hashed secrets.
/// </summary>
public sealed record AdminChange(
    AdminOperation Operation,
    string TargetLoginId,
    Permissions Permissions = Permissions.None,
    string? PasswordHash = null,
    string? PinHash = null)
{
    /// <summary>The change an ADM request asks for; a new user's secrets are hashed here, before anything stores them.</summary>
    public static AdminChange Create(AdminData admin, AdminDetails? details, SecretHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(admin);
        ArgumentNullException.ThrowIfNull(hasher);
        var add = admin.Operation == AdminOperation.USER_ADD;
        return new AdminChange(
            admin.Operation,
            admin.TargetLoginId,
            details?.Permissions ?? Permissions.None,
            add && details?.Password is { } password ? hasher.Hash(password) : null,
            add && details?.Pin is { } pin ? hasher.Hash(pin) : null);
    }
}
