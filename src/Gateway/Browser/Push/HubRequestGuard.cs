using System.Globalization;
using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Browser.Problems;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// Lets through to a hub only what the page's client sends, a POST negotiation (with a whole <c>negotiateVersion</c>
/// if any) and then a WebSocket that names its negotiated connection, and answers anything else with a problem.
/// SignalR answers such requests itself: in plain text, with a 200 that carries the error for a bad version, and by
/// taking a POST (the polling transports' send, which the hub does not offer) into a connection not yet connected.
/// </summary>
public sealed class HubRequestGuard(RequestDelegate next)
{
    /// <summary>Answers a problem to a malformed request to a hub endpoint; passes everything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<HubMetadata>() is null)
        {
            return next(context);
        }

        var refusal = metadata.GetMetadata<NegotiateMetadata>() is null ? ConnectionRefusal(context) : NegotiationRefusal(context);
        return refusal?.ExecuteAsync(context) ?? next(context);
    }

    private static IResult? NegotiationRefusal(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method))
        {
            context.Response.Headers.Allow = HttpMethods.Post;
            return BrowserProblems.Of(StatusCodes.Status405MethodNotAllowed, ProblemCodes.MethodNotAllowed, "A negotiation is a POST.");
        }

        return !request.Query.TryGetValue("negotiateVersion", out var version) || (version is [{ } one] && int.TryParse(one, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? null
            : BrowserProblems.InvalidField("negotiateVersion", "negotiateVersion is a whole number, given once.");
    }

    private static IResult? ConnectionRefusal(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return BrowserProblems.Of(StatusCodes.Status400BadRequest, ProblemCodes.MalformedRequest, "The hub takes WebSocket connections only.");
        }

        return context.Request.Query["id"] is [{ Length: > 0 }]
            ? null
            : BrowserProblems.InvalidField("id", "A connection names the connection its negotiation returned, once.");
    }
}
