using System.Net;
using Inkan.Gateway.Browser;
using Inkan.Gateway.Browser.Problems;
using Inkan.Gateway.Browser.Push;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Malformed;
using Inkan.Gateway.Tests.Malformed.Hub;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Browser.Push;

/// <summary>
/// A page of another origin, even of the same site (another subdomain, which the SameSite=Strict session cookie does
/// not keep out), cannot open a user's push channel; the gateway's own pages and the configured origins can.
/// </summary>
public sealed class HubOriginGuardTests(CorpusFactory factory) : IClassFixture<CorpusFactory>, IAsyncLifetime
{
    private static int _contracts;
    private string _contractId = null!;

    [Theory]
    [InlineData("https://promo.bank.example")]
    [InlineData("null")]
    [InlineData("http://localhost:8080")]
    public async Task Negotiate_SessionCookieFromAnotherOrigin_ForbiddenWithProblem(string origin)
    {
        var cookie = await CookieAsync();

        using var response = await NegotiateAsync(cookie, origin);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(BrowserProblems.ForeignOrigin, problem.Code);
    }

    [Fact]
    public async Task Negotiate_SessionCookieFromTheGatewaysOwnOrigin_Answered()
    {
        var cookie = await CookieAsync();

        using var response = await NegotiateAsync(cookie, "http://localhost");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Connect_WebSocketFromAnotherOrigin_Refused()
    {
        var cookie = await CookieAsync();
        var token = await HubSocket.NegotiateAsync(factory.Gateway.Server, cookie);
        var client = factory.Gateway.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            request.Headers.Cookie = cookie;
            request.Headers.Origin = "https://promo.bank.example";
        };

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(new Uri($"ws://localhost{HubSocket.Path}?id={Uri.EscapeDataString(token)}"), CancellationToken.None));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://ib.bank.example", StatusCodes.Status200OK)]
    [InlineData("https://IB.bank.example", StatusCodes.Status200OK)]
    [InlineData("https://promo.bank.example", StatusCodes.Status403Forbidden)]
    public async Task InvokeAsync_BehindAProxy_OnlyTheConfiguredPublicOriginPasses(string origin, int expected)
    {
        var passed = false;
        var guard = new HubOriginGuard(_ => { passed = true; return Task.CompletedTask; }, Options.Create(new BrowserOptions { HubOrigins = ["https://ib.bank.example"] }));
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("gateway-3.internal", 5080);
        context.Request.Path = "/hubs/auth/negotiate";
        context.Request.Headers.Origin = origin;

        await guard.InvokeAsync(context);

        Assert.Equal(expected, passed ? StatusCodes.Status200OK : context.Response.StatusCode);
    }

    public async Task InitializeAsync()
    {
        // A contract of each test's own: the class fixture's gateway lives across the tests.
        _contractId = $"O{Interlocked.Increment(ref _contracts)}";
        using var client = await factory.ClientAsync();
        await new ApiBank(client).ContractWithTokenAsync(_contractId);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<string> CookieAsync() => HubSession.CookieAsync(factory.Gateway, _contractId, "master");

    private async Task<HttpResponseMessage> NegotiateAsync(string cookie, string origin)
    {
        using var http = factory.Gateway.Server.CreateClient();
        using var negotiate = new HttpRequestMessage(HttpMethod.Post, HubSocket.Path + "/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("Cookie", cookie);
        negotiate.Headers.Add("Origin", origin);
        return await http.SendAsync(negotiate);
    }
}
