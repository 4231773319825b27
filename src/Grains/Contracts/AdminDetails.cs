using Inkan.Grains.Users;

namespace Inkan.Grains.Contracts;

/// <summary>The parts of an ADM change that the token does not show: permissions, and a new user's initial secrets.</summary>
public sealed record AdminDetails(Permissions Permissions, string? Password = null, string? Pin = null)
{
    /// <summary>Hides the secrets from logs and debuggers.</summary>
    public override string ToString() => $"AdminDetails {{ Permissions = {Permissions} }}";
}
