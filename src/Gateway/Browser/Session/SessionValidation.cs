using Inkan.Gateway.Browser.Push;
using Inkan.Silo;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Inkan.Gateway.Browser.Session;

/// <summary>
/// Checks each request's session cookie against the user: the cookie alone is not enough, its session key must still
/// be the user's current one (no logoff, new password or deletion since), or the session ends. A request that passes
/// renews the cookie for the whole idle lifetime.
/// </summary>
public static class SessionValidation
{
    /// <summary>The cookie handler's <c>OnValidatePrincipal</c>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.Principal is { } principal ? BrowserUser.From(principal) : null;
        var grains = context.HttpContext.RequestServices.GetRequiredService<IGrainFactory>();
        if (user?.SessionKey is not { } key || !await user.Grain(grains).IsSessionCurrentAsync(key))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(BrowserAuth.Scheme);
            return;
        }

        // Every page request renews the cookie, so the session ends exactly an idle lifetime after the last one, and the
        // hub connections opened in it know when. Opening the push channel is not the user at work.
        if (!context.Request.Path.StartsWithSegments(StoppingHubGuard.HubsPath))
        {
            context.ShouldRenew = true;
            context.HttpContext.RequestServices.GetRequiredService<HubSessions>().Renew(key);
        }
    }
}
