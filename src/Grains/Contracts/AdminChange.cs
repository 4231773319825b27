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
    string? PinHash = null);
