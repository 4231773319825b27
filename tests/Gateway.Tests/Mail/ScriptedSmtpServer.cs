using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>
/// A minimal SMTP responder on loopback that answers MAIL FROM and RCPT TO with chosen replies, for the replies a real
/// test server never gives (5xx and 4xx rejections). Serves connections one after another until disposed.
/// </summary>
internal sealed class ScriptedSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _mailReply;
    private readonly string _rcptReply;
    private Task _serving = Task.CompletedTask;

    private ScriptedSmtpServer(string mailReply, string rcptReply) => (_mailReply, _rcptReply) = (mailReply, rcptReply);

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static ScriptedSmtpServer Start(string rcptReply = "250 ok", string mailReply = "250 ok")
    {
        var server = new ScriptedSmtpServer(mailReply, rcptReply);
        server._listener.Start();
        server._serving = server.ServeAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopping ends the accept loop this way.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 scripted ESMTP");
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                await writer.WriteLineAsync(verb switch
                {
                    "EHLO" or "HELO" => "250 scripted",
                    "MAIL" => _mailReply,
                    "RCPT" => _rcptReply,
                    "QUIT" => "221 bye",
                    _ => "250 ok",
                });
                if (verb == "QUIT")
                {
                    break;
                }
            }
        }
    }
}
