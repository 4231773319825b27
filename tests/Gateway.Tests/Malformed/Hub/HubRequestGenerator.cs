using Inkan.Gateway.Browser.Session;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// A seeded generator of malformed HTTP requests to the hub, each of which must get a 4xx problem: a negotiation or a
/// connection from a foreign origin (<see cref="ForeignOrigins"/>) with a valid session cookie; a negotiation with
/// another method or a bad protocol version; a connection request that is no WebSocket, names no connection or an
/// unknown one; no session or a forged session cookie; a path under <c>/hubs</c> that is no hub endpoint.
/// </summary>
public sealed class HubRequestGenerator(string cookie, string connectionToken, int seed)
{
    private const string Negotiate = HubSocket.Path + "/negotiate?negotiateVersion=1";

    private static readonly string[] OtherMethods = ["GET", "PUT", "DELETE", "PATCH"];
    private static readonly string[] ConnectMethods = ["GET", "POST", "DELETE", "PUT"];
    private static readonly string[] BadVersions = ["abc", "-1", "1.5", "", "99999999999", "0x1", "１", BadValues.Huge];
    private static readonly string[] BadCookies = [BrowserAuth.CookieName + "=forged", BrowserAuth.CookieName + "=" + new string('A', 4_000), "other=1"];
    private static readonly string[] OtherPaths = ["/hubs", "/hubs/", "/hubs/other", HubSocket.Path + "/negotiate/x", HubSocket.Path + "/x", "/hubs/auth2"];

    private readonly Random _random = new(seed);

    public IEnumerable<MalformedRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return _random.Next(10) switch
            {
                < 4 => CrossOrigin(),
                < 6 => BadNegotiation(),
                < 8 => BadConnection(),
                8 => NoSession(),
                _ => Request(_random.Next(2) == 0 ? "GET" : "POST", Pick(OtherPaths), "no hub endpoint", cookie),
            };
        }
    }

    private MalformedRequest CrossOrigin()
    {
        var origin = ForeignOrigins.Next(_random);
        var (method, path) = _random.Next(2) == 0 ? ("POST", Negotiate) : ("GET", Connect(connectionToken));
        return Request(method, path, "Origin " + string.Join(" + ", origin.Select(Short)), cookie) with
        {
            Headers = [("Cookie", [cookie]), ("Origin", origin)],
        };
    }

    private MalformedRequest BadNegotiation()
    {
        if (_random.Next(2) == 0)
        {
            var method = Pick(OtherMethods);
            return Request(method, Negotiate, "negotiation by " + method, cookie);
        }

        var version = Pick(BadVersions);
        return Request("POST", $"{HubSocket.Path}/negotiate?negotiateVersion={Uri.EscapeDataString(version)}", "negotiateVersion " + Short(version), cookie);
    }

    private MalformedRequest BadConnection()
    {
        var method = Pick(ConnectMethods);
        return _random.Next(3) switch
        {
            0 => Request(method, HubSocket.Path, "no connection id", cookie),
            1 => Request(method, Connect(UnknownId()), "unknown connection id", cookie),
            _ => Request(method, Connect(connectionToken), "not a WebSocket", cookie),
        };
    }

    private MalformedRequest NoSession()
    {
        var bad = _random.Next(BadCookies.Length + 1) is var n && n < BadCookies.Length ? BadCookies[n] : null;
        return Request("POST", Negotiate, "session cookie " + (bad is null ? "none" : Short(bad)), bad);
    }

    private string UnknownId() => _random.Next(3) switch
    {
        0 => "",
        1 => Convert.ToBase64String(BitConverter.GetBytes(_random.NextInt64())).TrimEnd('='),
        _ => new string('x', _random.Next(1, 300)),
    };

    private static string Connect(string id) => $"{HubSocket.Path}?id={Uri.EscapeDataString(id)}";

    private static MalformedRequest Request(string method, string path, string fault, string? sessionCookie)
        => new(method, path, null, null, fault) { Headers = sessionCookie is null ? [] : [("Cookie", [sessionCookie])] };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static string Short(string text) => text.Length > 60 ? $"{text[..60]}…({text.Length})" : text;
}
