namespace Inkan.Gateway.Hosting;

/// <summary>
/// Adds the browser-hardening headers to every answer, errors included: a strict content security policy (the pages
/// load scripts and styles from this origin only and may not be framed, against clickjacking of the confirmation
/// page), no MIME sniffing, no referrer, and <c>no-store</c> on the two APIs, whose answers name payees and amounts.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>The content security policy of every answer.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly string[] ApiRoots = [Api.BankApiRoutes.Root, Browser.BrowserRoutes.Api];

    /// <summary>Registers the headers for when the answer starts, so that later middleware cannot leave them out.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(static state => Add((HttpContext)state), context);
        return next(context);
    }

    private static Task Add(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (ApiRoots.Any(root => context.Request.Path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase)))
        {
            headers.CacheControl = "no-store";
        }

        return Task.CompletedTask;
    }
}
