namespace Inkan.Gateway.Api.Users;

/// <summary>A logon on the bank's own screens: the login password, and whether the user skipped an optional token registration this logon.</summary>
public sealed record LogonBody(string? Password, bool SkipTokenRegistration = false)
{
    /// <summary>Leaves the password out of logs.</summary>
    public override string ToString() => $"LogonBody {{ SkipTokenRegistration = {SkipTokenRegistration} }}";
}
