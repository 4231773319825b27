using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Browser.Support;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Inkan.Gateway.Tests.Malformed.Hub;

/// <summary>A browser session for the hub: signs a user on as the page does and hands out its cookies as one <c>Cookie</c> header.</summary>
public static class HubSession
{
    public static async Task<string> CookieAsync(BankApiFactory gateway, string contractId, string loginId)
    {
        var (browser, cookie) = await SignOnAsync(gateway, contractId, loginId);
        browser.Http.Dispose();
        return cookie;
    }

    /// <summary>The signed-on page (to post with, e.g. its logoff) and its cookies as one header; the caller disposes the page's client.</summary>
    internal static async Task<(SessionClient Browser, string Cookie)> SignOnAsync(BankApiFactory gateway, string contractId, string loginId)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        var cookies = new CookieContainer();
        var http = gateway.CreateDefaultClient(new CookieContainerHandler(cookies));
        var browser = new SessionClient(http);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.LogOnAsync(contractId, loginId, ApiBank.Password)).StatusCode);
        return (browser, cookies.GetCookieHeader(http.BaseAddress!));
    }
}
