using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>A bank's callback endpoint on loopback: records every POST and answers with the statuses queued (200 when none).</summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedCallback> _received = Channel.CreateUnbounded<ReceivedCallback>();
    private readonly ConcurrentQueue<int> _statuses = new();

    private CallbackReceiver(WebApplication app) => _app = app;

    /// <summary>The URL that receives callbacks.</summary>
    public string Url { get; private set; } = "";

    /// <summary>When set, every request is answered with this status (a receiver that is down).</summary>
    public int? AlwaysAnswer { get; set; }

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new CallbackReceiver(builder.Build());
        receiver._app.MapPost("/bank/callbacks", receiver.ReceiveAsync);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = address + "/bank/callbacks";
        return receiver;
    }

    /// <summary>Answers the next requests with <paramref name="statuses"/>, in order.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _statuses.Enqueue(status);
        }
    }

    /// <summary>The next POST received; fails the test if none comes within 30 s.</summary>
    public async Task<ReceivedCallback> NextAsync()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _received.Reader.ReadAsync(deadline.Token);
    }

    /// <summary>Whether a POST is waiting to be read.</summary>
    public bool HasMore => _received.Reader.TryPeek(out _);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task ReceiveAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var status = AlwaysAnswer ?? (_statuses.TryDequeue(out var next) ? next : StatusCodes.Status200OK);
        context.Response.StatusCode = status;
        var headers = context.Request.Headers;
        await _received.Writer.WriteAsync(new ReceivedCallback(
            context.Request.Path, headers["X-Inkan-Timestamp"], headers["X-Inkan-Signature"], context.Request.ContentType, body.ToArray(), status));
    }
}
