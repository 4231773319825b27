using Inkan.Grains.Users;

namespace Inkan.Grains.Contracts;

/// <summary>A user to create, with the initial login password and confirmation PIN (hashed on arrival).</summary>
public sealed record NewUser(string LoginId, Permissions Permissions, string Password, string Pin)
{
    /// <summary>Hides the secrets from logs and debuggers.</summary>
    public override string ToString() => $"NewUser {{ LoginId = {LoginId}, Permissions = {Permissions} }}";
}
