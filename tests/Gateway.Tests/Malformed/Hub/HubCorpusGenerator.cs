using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// A seeded generator of malformed frames for the hub, which has no server methods: invocations of targets it does
/// not have (its client events, object members, made-up names) with arguments of every type, other users' ids and
/// huge strings; messages it must ignore; garbage that must close the connection; and broken handshakes.
/// </summary>
public sealed class HubCorpusGenerator(CorpusFixture fixture, int seed)
{
    private static readonly string[] Targets =
    [
        "Challenge", "TransactionStatus", "TokenLock", "LastAttempt", "OnConnectedAsync", "OnDisconnectedAsync", "Dispose", "ToString",
        "GetType", "Equals", "Clients", "Context", "Groups", "Confirm", "ConfirmAsync", "Cancel", "GetTransaction", "", " ", "ﾄﾏﾄ", "../Admin",
        "a\u0000b", new('T', 2_000),
    ];

    private static readonly string[] Garbage =
    [
        "", "{", "not json", "[]", "42", "\"x\"", "null", "{}", "{\"type\":\"1\"}", "{\"type\":1,\"target\":12,\"arguments\":[]}",
        "{\"type\":1,\"invocationId\":12,\"target\":\"X\",\"arguments\":[]}", "{\"type\":1,\"target\":\"X\",\"arguments\":[]", "{\"type\":7}",
        "{\"type\":99,\"invocationId\":\"x\"}",
        new string('[', 5_000) + new string(']', 5_000),
    ];

    private static readonly string[] Ignored =
    [
        "{\"type\":5,\"invocationId\":\"unknown\"}", "{\"type\":6}", "{\"type\":2,\"invocationId\":\"unknown\",\"item\":1}",
    ];

    private static readonly string[] Handshakes =
    [
        "{\"protocol\":\"messagepack\",\"version\":1}", "{\"protocol\":\"json\",\"version\":99}", "{\"protocol\":\"json\"}", "{\"protocol\":12,\"version\":1}",
        "garbage", "{}", "[]", "{\"type\":1,\"target\":\"X\",\"arguments\":[]}",
    ];

    private readonly Random _random = new(seed);
    private int _next;

    public IEnumerable<HubFrame> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return _random.Next(20) switch
            {
                < 11 => Invocation(),
                < 15 => Ignore(),
                < 19 => Break(),
                _ => Handshake(),
            };
        }
    }

    private HubFrame Invocation()
    {
        var id = "c" + (++_next).ToString(CultureInfo.InvariantCulture);
        var target = Pick(Targets);
        var stream = _random.Next(3) == 0;
        // One ASCII string of 30,000 characters stays under the hub's 32 KB message limit; past it the hub closes.
        var arguments = _random.Next(20) == 0 ? new JsonArray(new string('a', 30_000)) : Arguments();
        var message = new JsonObject { ["type"] = stream ? 4 : 1, ["invocationId"] = id, ["target"] = target, ["arguments"] = arguments };
        return Text($"{(stream ? "stream " : "")}invocation {Short(target)}{Short(arguments.ToJsonString())}", message.ToJsonString(), id, HubOutcome.Completion);
    }

    private HubFrame Ignore()
    {
        if (_random.Next(2) == 0)
        {
            var target = Pick(Targets);
            var message = new JsonObject { ["type"] = 1, ["target"] = target, ["arguments"] = Arguments() };
            return Text($"non-blocking invocation {Short(target)}", message.ToJsonString(), null, HubOutcome.Silence);
        }

        var text = Pick(Ignored);
        return Text(text, text, null, HubOutcome.Silence);
    }

    private HubFrame Break() => _random.Next(6) switch
    {
        0 => new HubFrame("binary frame, not UTF-8", [0xff, 0xfe, 0x00, 0x1e], WebSocketMessageType.Binary, null, HubOutcome.Close),
        1 => Text("message over 32 KB", new JsonObject { ["type"] = 1, ["invocationId"] = "big", ["target"] = "Confirm", ["arguments"] = new JsonArray(new string('a', 40_000)) }.ToJsonString(), null, HubOutcome.Close),
        _ => Pick(Garbage) is var text ? Text($"garbage {Short(text)}", text, null, HubOutcome.Close) : default!,
    };

    private HubFrame Handshake() => _random.Next(8) == 0
        ? new HubFrame("handshake: binary, not UTF-8", [0xff, 0xfe, 0x1e], WebSocketMessageType.Binary, null, HubOutcome.HandshakeRefused)
        : Pick(Handshakes) is var text ? Text($"handshake {text}", text, null, HubOutcome.HandshakeRefused) : default!;

    private JsonArray Arguments() => new([.. Enumerable.Range(0, _random.Next(6)).Select(_ => Argument())]);

    // Ids of another user's transaction and token, of users, of no transaction at all; values of every JSON type.
    private JsonNode? Argument() => _random.Next(10) switch
    {
        0 => fixture.TransactionId,
        1 => Convert.ToHexStringLower(BitConverter.GetBytes(_random.NextInt64())) + Convert.ToHexStringLower(BitConverter.GetBytes(_random.NextInt64())),
        2 => fixture.Serial,
        3 => $"{fixture.ContractId}/{fixture.Master}",
        4 => new JsonObject { ["transactionId"] = fixture.TransactionId, ["code"] = "12345678", ["pin"] = "4321" },
        5 => new string('ｱ', 1_000),
        6 => _random.Next(),
        7 => null,
        8 => new JsonArray(true, 1.5, "x", new JsonObject()),
        _ => false,
    };

    private static HubFrame Text(string fault, string text, string? id, HubOutcome expected)
        => new(fault, Encoding.UTF8.GetBytes(text + HubSocket.Separator), WebSocketMessageType.Text, id, expected);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Short(string text) => text.Length > 60 ? $"{text[..60]}…({text.Length})" : text;
}
