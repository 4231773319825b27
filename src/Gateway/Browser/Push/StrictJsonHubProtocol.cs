using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Browser.Push;

/// <summary>
/// SignalR's JSON hub protocol, except that a message of an unknown type closes the connection. The JSON protocol
/// consumes such a message and answers "nothing parsed", which the connection handler (with its message size limit)
/// takes for "more data needed" and then parses the same message forever: the connection stops answering
/// (dotnet/aspnetcore#69285).
/// </summary>
public sealed class StrictJsonHubProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    private readonly JsonHubProtocol _json = new(options);

    /// <inheritdoc />
    public string Name => _json.Name;

    /// <inheritdoc />
    public int Version => _json.Version;

    /// <inheritdoc />
    public TransferFormat TransferFormat => _json.TransferFormat;

    /// <inheritdoc />
    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);

    /// <inheritdoc />
    /// <exception cref="InvalidDataException">A whole message of an unknown type was read.</exception>
    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var length = input.Length;
        if (_json.TryParseMessage(ref input, binder, out message))
        {
            return true;
        }

        return input.Length == length ? false : throw new InvalidDataException("Unknown hub message type.");
    }

    /// <inheritdoc />
    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    /// <inheritdoc />
    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);
}
