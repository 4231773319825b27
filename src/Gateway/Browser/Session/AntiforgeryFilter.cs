using Inkan.Gateway.Browser.Problems;
using Microsoft.AspNetCore.Antiforgery;

namespace Inkan.Gateway.Browser.Session;

/// <summary>
/// Checks the antiforgery token (cookie plus the <see cref="BrowserAuth.AntiforgeryHeader"/> header) on every request
/// that changes something; the JSON endpoints are not form-bound, so the framework would not check them by itself.
/// </summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method) && !await antiforgery.IsRequestValidAsync(http))
        {
            return BrowserProblems.Of(StatusCodes.Status400BadRequest, BrowserProblems.Antiforgery, "The request's antiforgery token is missing or invalid; reload the page.");
        }

        return await next(context);
    }
}
