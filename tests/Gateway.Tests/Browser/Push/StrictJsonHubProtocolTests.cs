using System.Buffers;
using System.Text;
using Inkan.Gateway.Browser.Push;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Browser.Push;

/// <summary>The hub's JSON protocol parses what SignalR's does, and refuses a message of an unknown type instead of stalling on it.</summary>
public sealed class StrictJsonHubProtocolTests
{
    private readonly StrictJsonHubProtocol _protocol = new(Options.Create(new JsonHubProtocolOptions()));

    [Fact]
    public void TryParseMessage_UnknownType_InvalidData()
    {
        var input = Records("{\"type\":99}\u001e{\"type\":6}\u001e");

        Assert.Throws<InvalidDataException>(() => _protocol.TryParseMessage(ref input, null!, out _));
    }

    [Fact]
    public void TryParseMessage_RecordWithoutItsSeparator_WaitsForMoreWithoutConsuming()
    {
        var input = Records("{\"type\":6}");

        Assert.False(_protocol.TryParseMessage(ref input, null!, out _));
        Assert.Equal(10, input.Length);
    }

    [Fact]
    public void TryParseMessage_Ping_ParsedAndConsumed()
    {
        var input = Records("{\"type\":6}\u001e");

        Assert.True(_protocol.TryParseMessage(ref input, null!, out var message));
        Assert.IsType<PingMessage>(message);
        Assert.Equal(0, input.Length);
        var json = new JsonHubProtocol();
        Assert.Equal((json.Name, json.Version, json.TransferFormat), (_protocol.Name, _protocol.Version, _protocol.TransferFormat));
    }

    private static ReadOnlySequence<byte> Records(string text) => new(Encoding.UTF8.GetBytes(text));
}
