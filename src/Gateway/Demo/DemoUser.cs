namespace Inkan.Gateway.Demo;

/// <summary>One demo user as the credentials file lists it.</summary>
/// <param name="LoginId">The login ID.</param>
/// <param name="Password">The login password.</param>
/// <param name="Pin">The confirmation PIN.</param>
/// <param name="Permissions">The permission names.</param>
/// <param name="Confirms">How the user confirms operations, in words.</param>
public sealed record DemoUser(string LoginId, string Password, string Pin, IReadOnlyList<string> Permissions, string Confirms)
{
    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => $"DemoUser {{ LoginId = {LoginId} }}";
}
