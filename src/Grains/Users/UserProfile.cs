namespace Inkan.Grains.Users;

/// <summary>A new user as the contract creates it; secrets arrive hashed.</summary>
public sealed record UserProfile(Permissions Permissions, string PasswordHash, string PinHash);
