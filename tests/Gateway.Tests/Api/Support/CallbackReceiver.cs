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

/// <summary>
/// A bank's callback endpoint on loopback: records every POST and answers with the statuses queued (200 when none), or
/// leaves it unanswered when it hangs.
/// </summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedCallback> _received = Channel.CreateUnbounded<ReceivedCallback>();
    private readonly ConcurrentQueue<int> _statuses = new();
    private TaskCompletionSource<int> _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CallbackReceiver(WebApplication app) => _app = app;

    /// <summary>The URL that receives callbacks.</summary>
    public string Url { get; private set; } = "";

    /// <summary>When set, every request is answered with this status (a receiver that is down).</summary>
    public int? AlwaysAnswer { get; set; }

    /// <summary>
    /// When set, a request with no status queued is recorded (answered status 0) and left unanswered until
    /// <see cref="Release"/>; its connection is dropped if the sender gives up or the receiver stops first.
    /// </summary>
    public bool Hang { get; set; }

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

    /// <summary>Answers the requests hanging so far with <paramref name="status"/>; later ones hang until the next release.</summary>
    public void Release(int status) => Interlocked.Exchange(ref _hanging, new(TaskCreationOptions.RunContinuationsAsynchronously)).SetResult(status);

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
        var status = AlwaysAnswer ?? (_statuses.TryDequeue(out var next) ? next : Hang ? 0 : StatusCodes.Status200OK);
        var released = Volatile.Read(ref _hanging).Task;
        var headers = context.Request.Headers;
        await _received.Writer.WriteAsync(new ReceivedCallback(
            context.Request.Path, headers["X-Inkan-Timestamp"], headers["X-Inkan-Signature"], context.Request.ContentType, body.ToArray(), status));
        if (status == 0)
        {
            using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
            await Task.WhenAny(released, Task.Delay(Timeout.InfiniteTimeSpan, gone.Token));
            if (!released.IsCompleted)
            {
                context.Abort();
                return;
            }

            status = await released;
        }

        context.Response.StatusCode = status;
    }
}
