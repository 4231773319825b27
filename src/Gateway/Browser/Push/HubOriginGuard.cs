using Inkan.Gateway.Browser.Problems;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// Refuses (a 403 problem, <see cref="BrowserProblems.ForeignOrigin"/>) a hub request that a browser sent from another
/// origin than the gateway's own or one of <see cref="BrowserOptions.HubOrigins"/>. The session cookie is
/// <c>SameSite=Strict</c>, but a page on another host of the same site (another subdomain of the bank's domain) still gets
/// it sent: without this check, such a page could open the user's push channel and read the payees and amounts it carries
/// (cross-site WebSocket hijacking).
/// </summary>
public sealed class HubOriginGuard(RequestDelegate next, IOptions<BrowserOptions> options)
{
    /// <summary>Answers a 403 problem to hub requests from a foreign origin; passes everything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        // A request without Origin comes from no browser page, and so from nothing a user's cookie rides along with.
        if (request.Path.StartsWithSegments(StoppingHubGuard.HubsPath) && request.Headers.Origin.Count > 0 && !IsAllowed(request))
        {
            return BrowserProblems.Of(StatusCodes.Status403Forbidden, BrowserProblems.ForeignOrigin, "The hub answers the gateway's own pages only.").ExecuteAsync(context);
        }

        return next(context);
    }

    private bool IsAllowed(HttpRequest request)
    {
        if (request.Headers.Origin is not [{ } origin])
        {
            return false;
        }

        return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
            || options.Value.HubOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase);
    }
}
