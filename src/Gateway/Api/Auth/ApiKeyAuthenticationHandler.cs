using System.Security.Claims;
using System.Text.Encodings.Web;
using Inkan.Gateway.Api.Problems;
using Inkan.Grains.ApiKeys;
using Inkan.Silo;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.Auth;

/// <summary>
/// Authenticates bank systems by API key (<c>Authorization: Bearer inkan.…</c> or <c>X-Api-Key</c>): the key's
/// grain compares the secret's hash in constant time. Challenges and refusals answer as problems (401, 403).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IGrainFactory grains,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey();
        if (presented is null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeyFormat.TryParse(presented, out var keyId, out var secretHash))
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        var scopes = await grains.GetGrain<IApiKeyGrain>(keyId).VerifyAsync(secretHash);
        if (scopes == ApiScopes.None)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var claims = new List<Claim> { new(ApiKeyDefaults.KeyIdClaim, keyId), new(ClaimTypes.Name, keyId) };
        claims.AddRange(ApiScopeNames.Of(scopes).Select(s => new Claim(ApiKeyDefaults.ScopeClaim, s)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, ApiKeyDefaults.Scheme));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, ApiKeyDefaults.Scheme));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"inkan\"";
        var detail = PresentedKey() is null
            ? $"This endpoint needs an API key: 'Authorization: Bearer <key>' or '{ApiKeyDefaults.HeaderName}: <key>'."
            : "The API key is malformed, unknown or revoked.";
        return WriteAsync(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthenticated, detail);
    }

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
        => WriteAsync(StatusCodes.Status403Forbidden, ProblemCodes.InsufficientScope, "The API key lacks the scope this endpoint needs.");

    private string? PresentedKey() => ApiKeyFormat.Presented(Request);

    private async Task WriteAsync(int status, string code, string detail)
    {
        Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = ApiProblem.Create(status, code, detail) });
    }
}
