using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.TestHost;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// Sends hub frames one after another over one connection (a new one after each that closes it, and for each
/// handshake fault) and checks each answer against <see cref="HubFrame.Expected"/>. A frame that must get no answer
/// is followed by a probe invocation, whose error completion shows that the connection still works.
/// </summary>
public sealed partial class HubRun(TestServer server, string cookie) : IDisposable
{
    private HubSocket? _socket;
    private int _probes;

    /// <summary>Why the answer to <paramref name="frame"/> is wrong, or null when it is right.</summary>
    public async Task<string?> CheckAsync(HubFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        try
        {
            if (frame.Expected == HubOutcome.HandshakeRefused)
            {
                return await HandshakeAsync(frame);
            }

            _socket ??= await HubSocket.OpenAsync(server, cookie);
            await _socket.SendAsync(frame.Bytes, frame.Type);
            return frame.Expected switch
            {
                HubOutcome.Completion => await CompletionAsync(_socket, frame.InvocationId!),
                HubOutcome.Silence => await ProbeAsync(_socket),
                _ => await CloseAsync(_socket),
            };
        }
        catch (OperationCanceledException)
        {
            Drop();
            return "no answer within ten seconds";
        }
        catch (WebSocketException e)
        {
            Drop();
            return "the connection broke: " + e.Message;
        }
        finally
        {
            if (_socket?.Closed == true)
            {
                Drop();
            }
        }
    }

    public void Dispose() => _socket?.Dispose();

    private void Drop()
    {
        _socket?.Dispose();
        _socket = null;
    }

    private async Task<string?> ProbeAsync(HubSocket socket)
    {
        var id = "probe" + (++_probes).ToString(CultureInfo.InvariantCulture);
        await socket.ProbeAsync(id);
        return await CompletionAsync(socket, id);
    }

    private static async Task<string?> CompletionAsync(HubSocket socket, string id)
    {
        while (await socket.ReceiveAsync() is { } text)
        {
            using var message = JsonDocument.Parse(text);
            var root = message.RootElement;
            switch (root.GetProperty("type").GetInt32())
            {
                case 6:
                    continue;
                case 3 when root.GetProperty("invocationId").GetString() == id:
                    return root.TryGetProperty("error", out var error) && error.GetString() is { } said && !root.TryGetProperty("result", out _)
                        ? (UnknownMethod().IsMatch(said) ? null : "not the hub's error for an unknown method: " + Short(said))
                        : "a completion without an error: " + Short(text);
                default:
                    return "an unexpected message: " + Short(text);
            }
        }

        return "closed instead of completing the invocation";
    }

    private static async Task<string?> CloseAsync(HubSocket socket)
    {
        var said = false;
        while (await socket.ReceiveAsync() is { } text)
        {
            using var message = JsonDocument.Parse(text);
            var root = message.RootElement;
            var type = root.GetProperty("type").GetInt32();
            if (type == 7 && root.TryGetProperty("error", out var error) && Leak(error.GetString() ?? "") is { } leak)
            {
                return leak;
            }

            if (type is not (6 or 7))
            {
                return "answered instead of closing: " + Short(text);
            }

            said |= type == 7;
        }

        return said ? null : "closed without a close message";
    }

    private async Task<string?> HandshakeAsync(HubFrame frame)
    {
        using var socket = await HubSocket.ConnectAsync(server, cookie);
        await socket.SendAsync(frame.Bytes, frame.Type);
        var answer = await socket.ReceiveAsync();
        if (answer is null)
        {
            return "closed without a handshake answer";
        }

        using var message = JsonDocument.Parse(answer);
        if (!message.RootElement.TryGetProperty("error", out var error) || error.GetString() is not { Length: > 0 } said)
        {
            return "the handshake was accepted: " + Short(answer);
        }

        return Leak(said) ?? (await socket.ReceiveAsync() is { } more ? "still open after refusing the handshake: " + Short(more) : null);
    }

    // SignalR's fixed answer to an unknown target: HubException's message is meant for clients; nothing else is added.
    [GeneratedRegex(@"\AFailed to invoke '.*' due to an error on the server\. HubException: Method does not exist\.\z", RegexOptions.Singleline)]
    private static partial Regex UnknownMethod();

    private static string? Leak(string error) => ProblemAnswer.LeaksException(error) ? "exception text in the error: " + Short(error) : null;

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
