using System.Threading.RateLimiting;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Browser.Admin;
using Inkan.Gateway.Browser.KeyRing;
using Inkan.Gateway.Browser.Otp;
using Inkan.Gateway.Browser.Problems;
using Inkan.Gateway.Browser.Push;
using Inkan.Gateway.Browser.Session;
using Inkan.Gateway.Browser.Tokens;
using Inkan.Gateway.Browser.Transactions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Browser;

/// <summary>
/// The browser client: the pages under <c>/app/</c> (static files), their JSON endpoints under <c>/app/api</c>
/// (cookie session, antiforgery, rate limits) and the SignalR hub <c>/hubs/auth</c> that pushes the grains' events.
/// </summary>
public static class BrowserClientExtensions
{
    /// <summary>Adds the session cookie, antiforgery, rate limits, and the push of the grains' events (<see cref="BrowserPushExtensions.AddBrowserPush"/>).</summary>
    public static WebApplicationBuilder AddBrowserClient(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BrowserOptions>()
            .Bind(builder.Configuration.GetSection(BrowserOptions.SectionName))
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();
        services.AddCookieKeyRing();
        services.AddAuthentication().AddCookie(BrowserAuth.Scheme, ConfigureCookie);
        services.AddOptions<CookieAuthenticationOptions>(BrowserAuth.Scheme)
            .Configure<IOptions<BrowserOptions>>((cookie, browser) => cookie.ExpireTimeSpan = browser.Value.SessionIdleTimeout);
        services.AddAuthorizationBuilder()
            .AddPolicy(BrowserAuth.Policy, p => p.AddAuthenticationSchemes(BrowserAuth.Scheme).RequireAuthenticatedUser());
        services.AddAntiforgery(o =>
        {
            o.HeaderName = BrowserAuth.AntiforgeryHeader;
            o.Cookie.Name = "Inkan.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            // The framework's default leaves the cookie without Secure even over HTTPS.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(BrowserAuth.LogonLimit, http => Window(http, http.Connection.RemoteIpAddress?.ToString() ?? "", b => (b.LogonPermitLimit, b.LogonWindow)));
            o.AddPolicy(BrowserAuth.CodeLimit, http => Window(http, BrowserUser.From(http.User)?.Key ?? "", b => (b.CodePermitLimit, b.CodeWindow)));
        });
        services.AddBrowserPush();
        services.TryAddSingleton<UserHistory>();
        return builder;
    }

    /// <summary>
    /// Answers every error under <see cref="BrowserRoutes.Api"/> and the hubs with a problem, as the bank API does: an
    /// exception, and a status without a body (401 without a session, 404, 405, 415, 429, 503 while stopping). It must
    /// come before the host's authentication, authorization and rate limiting, whose refusals it completes.
    /// </summary>
    public static WebApplication UseBrowserProblems(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseProblemsUnder(BrowserRoutes.Api);
        app.UseProblemsUnder(StoppingHubGuard.HubsPath);
        return app;
    }

    /// <summary>Serves the pages and maps their endpoints and the hub; relies on the host's authentication and rate limiting, and on <see cref="UseBrowserProblems"/>.</summary>
    public static WebApplication MapBrowserClient(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<StoppingHubGuard>();
        app.UseMiddleware<HubOriginGuard>();
        // SignalR adds the WebSocket feature only inside its endpoint; the guard needs it to tell a WebSocket.
        app.UseWebSockets();
        app.UseMiddleware<HubRequestGuard>();
        app.MapStaticAssets();
        app.MapGet("/", () => Results.Redirect("/app/")).ExcludeFromDescription();
        app.MapGet("/app/", () => Results.Redirect("/app/index.html")).ExcludeFromDescription();
        var api = app.MapGroup(BrowserRoutes.Api)
            .AddEndpointFilter<BrowserErrorFilter>()
            .AddEndpointFilter<AntiforgeryFilter>()
            .ExcludeFromDescription();
        LogonEndpoints.Map(api);
        var session = api.MapGroup("").RequireAuthorization(BrowserAuth.Policy);
        var ready = session.MapGroup("").AddEndpointFilter<LogonCompleteFilter>();
        TransactionEndpoints.Map(session, ready);
        TokenRegistrationEndpoints.Map(session);
        OtpAddressEndpoints.Map(session);
        AdminEndpoints.Map(ready);
        // WebSockets only: the polling transports would send a request every few seconds, each one renewing the session.
        app.MapHub<AuthHub>(StoppingHubGuard.HubsPath + "/auth", o => o.Transports = HttpTransportType.WebSockets).RequireAuthorization(BrowserAuth.Policy);
        return app;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.Cookie.Name = BrowserAuth.CookieName;
        o.Cookie.HttpOnly = true;
        o.Cookie.SameSite = SameSiteMode.Strict;
        o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.SlidingExpiration = true;
        o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
        // The pages are static and ask /app/api/session; the API answers 401/403 instead of redirecting.
        o.Events.OnRedirectToLogin = c =>
        {
            c.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
        o.Events.OnRedirectToAccessDenied = c =>
        {
            c.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    private static RateLimitPartition<string> Window(HttpContext http, string key, Func<BrowserOptions, (int Permits, TimeSpan Window)> limit)
    {
        var (permits, window) = limit(http.RequestServices.GetRequiredService<IOptions<BrowserOptions>>().Value);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });
    }
}
