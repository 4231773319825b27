using Inkan.Gateway.Api.Problems;
using Inkan.Gateway.Browser.Problems;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// Lets through to a hub's connection endpoint only what the page's client sends there, a WebSocket that names its
/// negotiated connection, and answers anything else with a problem. SignalR answers such requests itself, in plain
/// text, and takes a POST (the polling transports' send, which the hub does not offer) into a negotiated connection
/// that has not connected yet.
/// </summary>
public sealed class HubRequestGuard(RequestDelegate next)
{
    /// <summary>Answers a problem to a malformed request to a hub endpoint; passes everything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.GetEndpoint()?.Metadata;
        if (metadata?.GetMetadata<HubMetadata>() is null || metadata.GetMetadata<NegotiateMetadata>() is not null)
        {
            return next(context);
        }

        return ConnectionRefusal(context)?.ExecuteAsync(context) ?? next(context);
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
