using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inkan.TokenEmulator.Tests.Support;

/// <summary>
/// A stand-in for the gateway's bank API, enough for <c>load</c>: every setup call succeeds, every creation answers a
/// payload, and every confirmation answers <c>Authorized</c> after <see cref="ConfirmationDelay"/>, but every
/// <see cref="RejectEvery"/>th, which answers <c>Rejected</c>.
/// </summary>
internal sealed class FakeGateway : IDisposable
{
    private const string Payload = "TXA1|ADM|0123456789ABCDEF0123456789ABCDEF|USER_CHANGE|load.target";
    private readonly HttpListener _listener = new();
    private long _transactions;
    private long _confirmations;

    public FakeGateway(TimeSpan confirmationDelay = default, int rejectEvery = 0)
    {
        ConfirmationDelay = confirmationDelay;
        RejectEvery = rejectEvery;
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public TimeSpan ConfirmationDelay { get; }

    /// <summary>Every how many confirmations one is rejected; 0 for none.</summary>
    public int RejectEvery { get; }

    public void Dispose() => _listener.Close();

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private string ConfirmationOutcome()
        => RejectEvery > 0 && Interlocked.Increment(ref _confirmations) % RejectEvery == 0 ? "Rejected" : "Authorized";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var (status, body) = path switch
        {
            "/api/v1/transactions" => (201, $$"""{"transactionId":"tx{{Interlocked.Increment(ref _transactions)}}","payload":"{{Payload}}"}"""),
            _ when path.EndsWith("/confirmation", StringComparison.Ordinal) => (200, $$"""{"outcome":"{{ConfirmationOutcome()}}"}"""),
            _ => (201, "{}"),
        };
        if (status == 200)
        {
            await Task.Delay(ConfirmationDelay);
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        try
        {
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // The test ended and closed the listener.
        }
    }
}
