using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Api.Users;
using Inkan.Grains.Contracts;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Browser.Admin;

/// <summary>
/// An administrative change to confirm with an ADM transaction: the operation (<c>USER_ADD</c>, <c>USER_CHANGE</c>,
/// <c>USER_DELETE</c>, <c>TOKEN_REVOKE</c>), the target login ID, and for adds and changes the permissions; an add
/// also carries the new user's initial password and PIN.
/// </summary>
public sealed record AdminChangeForm(string? Operation, string? TargetLoginId, IReadOnlyList<string>? Permissions, string? Password, string? Pin)
{
    /// <summary>The ADM data; an operation that is not exactly one of the four names is refused, naming <c>operation</c>.</summary>
    public AdminData ToData() => new(Require.Name<AdminOperation>(Operation, "operation"), TargetLoginId ?? "");

    /// <summary>The details beyond what the token shows; a new user needs a password and a PIN.</summary>
    public AdminDetails ToDetails()
    {
        var permissions = PermissionNames.Parse(Permissions ?? [], "permissions");
        if (Require.Name<AdminOperation>(Operation, "operation") == AdminOperation.USER_ADD)
        {
            RequireSecret(Password, "password");
            RequireSecret(Pin, "pin");
        }

        return new AdminDetails(permissions, Password, Pin);
    }

    /// <summary>Leaves the password and PIN out of logs.</summary>
    public override string ToString() => $"AdminChangeForm {{ Operation = {Operation}, TargetLoginId = {TargetLoginId} }}";

    // The bank API's rule for secrets (at most 128 characters, no control characters), and at least 4 characters here.
    private static void RequireSecret(string? secret, string field)
    {
        if (Require.Secret(secret, field).Length < 4 || string.IsNullOrWhiteSpace(secret))
        {
            throw new ArgumentException($"{field} must be at least 4 characters.", field);
        }
    }
}
