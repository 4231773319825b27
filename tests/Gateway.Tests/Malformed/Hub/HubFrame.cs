using System.Net.WebSockets;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// One generated hub frame: its bytes (text or binary WebSocket message), the invocation ID it carries if any, how
/// the hub must answer it, and what was broken (for the failure message). A handshake fault replaces the handshake.
/// </summary>
public sealed record HubFrame(string Fault, byte[] Bytes, WebSocketMessageType Type, string? InvocationId, HubOutcome Expected)
{
    public override string ToString() => Fault.Length > 200 ? Fault[..200] + "…" : Fault;
}
