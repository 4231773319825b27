using Inkan.Gateway.Browser.Problems;
using Inkan.Grains.Errors;
using Inkan.Grains.Policy;
using Inkan.Grains.Users;
using Inkan.Silo;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Inkan.Gateway.Browser.Session;

/// <summary>
/// Logon, logoff, the skip of an optional token registration, and the session read that tells the pages where the
/// logon leads (SPEC sections 4–6 through <see cref="IUserGrain.DecideLogonAsync"/>).
/// </summary>
public static class LogonEndpoints
{
    /// <summary>Maps <c>GET session</c>, <c>POST logon</c>, <c>POST logon/skip</c> and <c>POST logoff</c> on <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/session", SessionAsync).AllowAnonymous();
        api.MapPost("/logon", LogonAsync).AllowAnonymous().RequireRateLimiting(BrowserAuth.LogonLimit);
        api.MapPost("/logon/skip", SkipAsync).RequireAuthorization(BrowserAuth.Policy);
        api.MapPost("/logoff", LogoffAsync).RequireAuthorization(BrowserAuth.Policy);
    }

    private static async Task<IResult> SessionAsync(HttpContext http, IGrainFactory grains, IAntiforgery antiforgery)
    {
        var result = await http.AuthenticateAsync(BrowserAuth.Scheme);
        if (result.Succeeded)
        {
            http.User = result.Principal;
        }

        var user = result.Succeeded ? BrowserUser.From(result.Principal) : null;
        if (user is null)
        {
            return Results.Ok(new SessionView(false, Csrf(http, antiforgery)));
        }

        try
        {
            var grain = user.Grain(grains);
            var context = await grain.GetAuthContextAsync();
            var logon = await grain.DecideLogonAsync(user.SkippedTokenRegistration);
            var confirmation = await grain.DecideConfirmationAsync();
            return Results.Ok(SessionView.Of(Csrf(http, antiforgery), user, context, logon, confirmation));
        }
        catch (DomainException e) when (e.Error == DomainError.NotFound)
        {
            // The user was deleted since the logon: the session ends.
            await http.SignOutAsync(BrowserAuth.Scheme);
            http.User = new();
            return Results.Ok(new SessionView(false, Csrf(http, antiforgery)));
        }
    }

    private static async Task<IResult> LogonAsync(LogonForm form, HttpContext http, IGrainFactory grains)
    {
        if (!Identifiers.IsContractId(form.ContractId) || !Identifiers.IsLoginId(form.LoginId) || string.IsNullOrEmpty(form.Password))
        {
            return BrowserProblems.LogonFailure();
        }

        var user = new BrowserUser(form.ContractId!, form.LoginId!, SkippedTokenRegistration: false);
        bool verified;
        try
        {
            verified = await user.Grain(grains).VerifyPasswordAsync(form.Password);
            if (verified)
            {
                user = user with { SessionKey = await user.Grain(grains).StartSessionAsync() };
            }
        }
        catch (DomainException e) when (e.Error == DomainError.NotFound)
        {
            verified = false;
        }

        if (!verified)
        {
            return BrowserProblems.LogonFailure();
        }

        await http.SignInAsync(BrowserAuth.Scheme, user.ToPrincipal());
        return Results.NoContent();
    }

    private static async Task<IResult> SkipAsync(HttpContext http, IGrainFactory grains)
    {
        var user = BrowserUser.Of(http);
        var decision = await user.Grain(grains).DecideLogonAsync(tokenRegistrationSkipped: false);
        if (decision.Step != LogonStep.RegisterToken || !decision.CanSkip)
        {
            return BrowserProblems.Of(StatusCodes.Status409Conflict, BrowserProblems.CannotSkip, "Token registration cannot be skipped now.");
        }

        await http.SignInAsync(BrowserAuth.Scheme, (user with { SkippedTokenRegistration = true }).ToPrincipal());
        return Results.NoContent();
    }

    private static async Task LogoffAsync(HttpContext http, IGrainFactory grains)
    {
        // Ends the user's sessions on the server too: a copy of the cookie taken before is worthless from now on, and
        // so are the push connections opened with it (the user grain's SessionsEnded closes them).
        await BrowserUser.Of(http).Grain(grains).EndSessionsAsync();
        await http.SignOutAsync(BrowserAuth.Scheme);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    private static string Csrf(HttpContext http, IAntiforgery antiforgery) => antiforgery.GetAndStoreTokens(http).RequestToken!;
}
