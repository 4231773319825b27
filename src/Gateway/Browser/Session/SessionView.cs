using Inkan.Gateway.Api.Users;
using Inkan.Grains.Policy;
using Inkan.Grains.Users;

namespace Inkan.Gateway.Browser.Session;

/// <summary>
/// What the pages know of the session: the antiforgery request token, and once signed on the user, the screen the
/// logon leads to (<see cref="Step"/>, <see cref="CanSkip"/>) and how the user's operations are confirmed now.
/// </summary>
public sealed record SessionView(
    bool SignedOn,
    string Csrf,
    string? ContractId = null,
    string? LoginId = null,
    IReadOnlyList<string>? Permissions = null,
    string? Step = null,
    bool CanSkip = false,
    string? Confirmation = null,
    string? Block = null,
    string? TokenSerial = null)
{
    /// <summary>The view of a signed-on user.</summary>
    public static SessionView Of(string csrf, BrowserUser user, UserAuthContext context, LogonDecision logon, ConfirmationDecision confirmation)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(logon);
        ArgumentNullException.ThrowIfNull(confirmation);
        return new SessionView(
            true, csrf, user.ContractId, user.LoginId, PermissionNames.Of(context.Facts.Permissions), logon.Step.ToString(), logon.CanSkip,
            confirmation.Method.ToString(), confirmation.Reason.ToString(), context.TokenSerial);
    }
}
