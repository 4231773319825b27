namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>
/// <c>Origin</c> headers the hub must refuse (each the header's values, one per header line): other schemes, hosts and
/// ports, look-alikes of the gateway's own origin, values that are no origin at all, and several headers. The in-memory
/// test server reaches the gateway as <c>http://localhost</c>, which is never generated.
/// </summary>
public static class ForeignOrigins
{
    private const string Own = "http://localhost";

    private static readonly string[] Schemes = ["http", "https", "ws", "wss", "file", "chrome-extension", "HTTPS"];
    private static readonly string[] Hosts =
    [
        "localhost", "evil.example", "localhost.evil.example", "evil-localhost", "ib.bank.example", "127.0.0.1", "[::1]", "localhost.",
        "ｌｏｃａｌｈｏｓｔ", "xn--lcalhost-9ya", "local\u0001host", "user:pw@localhost", "localhost@evil.example",
    ];

    private static readonly string[] Ports = ["", ":80", ":443", ":8080", ":0", ":65536", ":abc"];
    private static readonly string[] Suffixes = ["", "", "", "/", "/app/", "?x=1", "#x"];

    // The test server cannot carry a line break in a header, and drops a lone empty header line.
    private static readonly string[][] Odd =
    [
        ["null"], [" "], ["*"], ["localhost"], ["//localhost"], ["http:/localhost"], ["http://"], ["ｈｔｔｐ://localhost"], ["http://localhost\u0000"],
        ["http://" + new string('a', 10_000)], [BadValues.Huge], ["", ""], [Own, Own], [Own, "https://evil.example"], ["https://evil.example", Own],
    ];

    /// <summary>The next foreign origin from <paramref name="random"/>.</summary>
    public static string[] Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (random.Next(4) == 0)
        {
            return Odd[random.Next(Odd.Length)];
        }

        while (true)
        {
            var origin = Schemes[random.Next(Schemes.Length)] + "://" + Hosts[random.Next(Hosts.Length)] + Ports[random.Next(Ports.Length)] + Suffixes[random.Next(Suffixes.Length)];
            if (!string.Equals(origin, Own, StringComparison.OrdinalIgnoreCase))
            {
                return [origin];
            }
        }
    }
}
