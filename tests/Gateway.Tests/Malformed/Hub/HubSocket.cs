using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// The SignalR JSON hub protocol spoken by hand over an in-memory WebSocket (the .NET SignalR client is not served):
/// negotiates with a session cookie, connects, shakes hands, sends raw frames and reads the server's messages one
/// by one (records end with <see cref="Separator"/>).
/// </summary>
public sealed class HubSocket : IDisposable
{
    public const char Separator = '\u001e';
    public const string Path = "/hubs/auth";
    public const string JsonHandshake = "{\"protocol\":\"json\",\"version\":1}";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;
    private readonly Decoder _decoder = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder _partial = new();
    private readonly Queue<string> _messages = new();

    private HubSocket(WebSocket socket) => _socket = socket;

    /// <summary>Whether the server closed the connection (or it broke).</summary>
    public bool Closed { get; private set; }

    /// <summary>Negotiates a connection with <paramref name="cookie"/> (the browser session); its connection token.</summary>
    public static async Task<string> NegotiateAsync(TestServer server, string cookie)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var http = server.CreateClient();
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, Path + "/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(negotiate);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"negotiate: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("connectionToken").GetString()!;
    }

    /// <summary>
    /// Connects the WebSocket with <paramref name="cookie"/> to connection <paramref name="token"/> (a new one if none),
    /// from a page of <paramref name="origin"/> if given (one header line per value); no handshake yet.
    /// </summary>
    public static async Task<HubSocket> ConnectAsync(TestServer server, string cookie, string? token = null, string[]? origin = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        token ??= await NegotiateAsync(server, cookie);
        var client = server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Cookie = cookie;
            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }
        };
        using var timeout = new CancellationTokenSource(Patience);
        return new HubSocket(await client.ConnectAsync(new Uri($"ws://localhost{Path}?id={Uri.EscapeDataString(token)}"), timeout.Token).WaitAsync(timeout.Token));
    }

    /// <summary>Connects and completes the JSON protocol's handshake.</summary>
    public static async Task<HubSocket> OpenAsync(TestServer server, string cookie)
    {
        var socket = await ConnectAsync(server, cookie);
        await socket.SendAsync(JsonHandshake + Separator);
        var answer = await socket.ReceiveAsync();
        Assert.True(answer == "{}", $"handshake answered {answer ?? "by closing"}");
        return socket;
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type)
    {
        using var timeout = new CancellationTokenSource(Patience);
        await _socket.SendAsync(bytes, type, endOfMessage: true, timeout.Token).WaitAsync(timeout.Token);
    }

    /// <summary>Invokes <c>Probe</c>, which the hub does not have, as <paramref name="id"/>: the answer is an error completion as long as the connection works.</summary>
    public Task ProbeAsync(string id) => SendAsync($"{{\"type\":1,\"invocationId\":\"{id}\",\"target\":\"Probe\",\"arguments\":[]}}{Separator}");

    /// <summary>The transaction ID of the next <c>Challenge</c> the server pushes (other messages skipped), or null once it closes.</summary>
    public async Task<string?> NextChallengeAsync()
    {
        while (await ReceiveAsync() is { } text)
        {
            using var message = JsonDocument.Parse(text);
            if (message.RootElement.GetProperty("type").GetInt32() == 1 && message.RootElement.GetProperty("target").GetString() == "Challenge")
            {
                return message.RootElement.GetProperty("arguments")[0].GetProperty("transactionId").GetString();
            }
        }

        return null;
    }

    /// <summary>The next message the server sent (without its separator), or null once the server has closed the connection.</summary>
    /// <exception cref="OperationCanceledException">Nothing came for ten seconds.</exception>
    public async Task<string?> ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        using var timeout = new CancellationTokenSource(Patience);
        while (_messages.Count == 0 && !Closed)
        {
            // The in-memory socket does not always honour the token, so the wait itself is bounded too.
            var result = await _socket.ReceiveAsync(buffer, timeout.Token).WaitAsync(timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                Closed = true;
                break;
            }

            var chars = new char[_decoder.GetCharCount(buffer, 0, result.Count)];
            _decoder.GetChars(buffer, 0, result.Count, chars, 0);
            _partial.Append(chars);
            Split();
        }

        return _messages.TryDequeue(out var message) ? message : null;
    }

    public void Dispose() => _socket.Dispose();

    private void Split()
    {
        var text = _partial.ToString();
        var records = text.Split(Separator);
        foreach (var record in records[..^1])
        {
            _messages.Enqueue(record);
        }

        _partial.Clear().Append(records[^1]);
    }
}
