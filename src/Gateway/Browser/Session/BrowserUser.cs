using System.Security.Claims;
using Inkan.Grains.Users;
using Inkan.Silo;

namespace Inkan.Gateway.Browser.Session;

/// <summary>
/// The signed-on user of a browser session. <see cref="Key"/> (<c>contract/login</c>) is also the name identifier,
/// so SignalR addresses each user's connections by it. <see cref="SessionKey"/> ties the cookie to the user's
/// current sessions (<see cref="IUserGrain.IsSessionCurrentAsync"/>): a logoff or a new password ends it.
/// </summary>
public sealed record BrowserUser(string ContractId, string LoginId, bool SkippedTokenRegistration, string? SessionKey = null)
{
    /// <summary>The user grain key and SignalR user ID.</summary>
    public string Key => Identifiers.UserKey(ContractId, LoginId);

    /// <summary>The user's grain.</summary>
    public IUserGrain Grain(IGrainFactory grains) => grains.GetGrain<IUserGrain>(Key);

    /// <summary>The session's user, or null when <paramref name="principal"/> carries no browser session.</summary>
    public static BrowserUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var contract = principal.FindFirstValue(BrowserAuth.ContractClaim);
        var login = principal.FindFirstValue(BrowserAuth.LoginClaim);
        return Identifiers.IsContractId(contract) && Identifiers.IsLoginId(login)
            ? new BrowserUser(contract!, login!, principal.HasClaim(c => c.Type == BrowserAuth.SkippedClaim), principal.FindFirstValue(BrowserAuth.SessionClaim))
            : null;
    }

    /// <summary>The session's user; the endpoints that call this require the browser policy.</summary>
    public static BrowserUser Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return From(http.User) ?? throw new InvalidOperationException("The endpoint must require the browser session policy.");
    }

    /// <summary>The principal stored in the session cookie.</summary>
    public ClaimsPrincipal ToPrincipal()
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, Key),
            new(ClaimTypes.Name, LoginId),
            new(BrowserAuth.ContractClaim, ContractId),
            new(BrowserAuth.LoginClaim, LoginId),
        };
        if (SessionKey is not null)
        {
            claims.Add(new Claim(BrowserAuth.SessionClaim, SessionKey));
        }

        if (SkippedTokenRegistration)
        {
            claims.Add(new Claim(BrowserAuth.SkippedClaim, "true"));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, BrowserAuth.Scheme));
    }
}
