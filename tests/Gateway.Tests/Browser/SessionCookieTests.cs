using System.Net;
using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.Users;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>The attributes of the browser client's cookies as a browser would receive them over HTTPS.</summary>
public sealed class SessionCookieTests : IAsyncLifetime
{
    private const string Contract = "C510";
    private GatewayServer _server = null!;
    private DemoBank _bank = null!;

    public async Task InitializeAsync()
    {
        _server = new GatewayServer(kestrel: false);
        _bank = await DemoBank.CreateAsync(_server, tokens: 1);
        await _bank.ContractAsync(Contract, "master01", ("user01", Permissions.Inquiry));
    }

    public async Task DisposeAsync()
    {
        _bank.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Logon_OverHttps_BothCookiesSecureHttpOnlyAndStrict()
    {
        var client = new SessionClient(_server.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }));
        var anonymous = await client.Http.GetAsync("/app/api/session");
        await client.SessionAsync();

        var logon = await client.PostAsync("/logon", new { contractId = Contract, loginId = "user01", password = DemoBank.Password });

        Assert.Equal(HttpStatusCode.NoContent, logon.StatusCode);
        var cookies = anonymous.Headers.GetValues("Set-Cookie").Concat(logon.Headers.GetValues("Set-Cookie")).ToList();
        foreach (var name in new[] { "Inkan.Session=", "Inkan.Antiforgery=" })
        {
            var cookie = cookies.First(c => c.StartsWith(name, StringComparison.Ordinal)).ToLowerInvariant();
            Assert.Contains("; secure", cookie);
            Assert.Contains("; httponly", cookie);
            Assert.Contains("; samesite=strict", cookie);
        }
    }
}
