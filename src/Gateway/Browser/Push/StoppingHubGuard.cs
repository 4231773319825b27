namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// Refuses new hub connections (503) once the host is stopping. SignalR closes the open connections when stopping
/// begins; without this, a browser that reconnects at that moment would hold a new WebSocket for the whole
/// shutdown timeout and starve the silo's own graceful stop.
/// </summary>
public sealed class StoppingHubGuard(RequestDelegate next, IHostApplicationLifetime lifetime)
{
    /// <summary>The path prefix of the hubs.</summary>
    public const string HubsPath = "/hubs";

    /// <summary>Answers 503 for hub requests while stopping; passes everything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (lifetime.ApplicationStopping.IsCancellationRequested && context.Request.Path.StartsWithSegments(HubsPath))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
