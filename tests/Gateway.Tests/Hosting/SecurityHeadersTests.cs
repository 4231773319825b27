using System.Net;
using Inkan.Gateway.Hosting;
using Inkan.Gateway.Tests.Api.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>The hardening headers on pages, on both APIs' answers and errors, and HSTS over HTTPS outside development.</summary>
public sealed class SecurityHeadersTests(BankApiFactory factory) : IClassFixture<BankApiFactory>
{
    [Theory]
    [InlineData("/app/index.html")]
    [InlineData("/app/js/confirm.js")]
    [InlineData("/app/api/session")]
    [InlineData("/api/v1/transactions/0123456789abcdef0123456789abcdef")]
    [InlineData("/no-such-page")]
    public async Task AnyAnswer_CarriesThePolicyThatForbidsFramingAndSniffing(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
    }

    [Theory]
    [InlineData("/app/api/session", HttpStatusCode.OK)]
    [InlineData("/app/api/transactions/pending", HttpStatusCode.Unauthorized)]
    [InlineData("/api/v1/transactions/0123456789abcdef0123456789abcdef", HttpStatusCode.Unauthorized)]
    public async Task ApiAnswer_IsNeverStored(string path, HttpStatusCode status)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} answered without no-store");
    }

    [Fact]
    public async Task Page_MayBeCachedByTheBrowser()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/app/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("Production", "https://bank.example", true)]
    [InlineData("Production", "http://bank.example", false)]
    [InlineData("Development", "https://bank.example", false)]
    public async Task Hsts_OnlyOverHttpsOutsideDevelopment(string environment, string baseAddress, bool expected)
    {
        using var host = factory.WithWebHostBuilder(b => b.UseEnvironment(environment));
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress) });

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.Contains("Strict-Transport-Security"));
    }

    private static string Single(HttpResponseMessage response, string header)
        => Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.TryGetValues(header, out var content) ? content : []);
}
