using Inkan.Gateway.Tests.Browser.Support;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>
/// Behind a proxy that ends TLS, the gateway sees plain HTTP: with the host's forwarded-headers switch on, it takes the
/// scheme from <c>X-Forwarded-Proto</c>, so the browser's cookies are still marked Secure; without it they are not.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData("true", true)]
    [InlineData(null, false)]
    public async Task Session_ProxyForwardsHttps_CookieSecureOnlyWithForwardedHeadersEnabled(string? enabled, bool secure)
    {
        await using var server = new GatewayServer(new Dictionary<string, string?> { ["FORWARDEDHEADERS_ENABLED"] = enabled }, kestrel: false);
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var answer = await http.GetAsync(new Uri("/app/api/session", UriKind.Relative));

        var antiforgery = answer.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("Inkan.Antiforgery=", StringComparison.Ordinal));
        Assert.Equal(secure, antiforgery.Contains("; secure", StringComparison.OrdinalIgnoreCase));
    }
}
