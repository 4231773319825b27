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
        ArgumentNullException.ThrowIfNull(gateway);
        var cookies = new CookieContainer();
        using var http = gateway.CreateDefaultClient(new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.NoContent, (await new SessionClient(http).LogOnAsync(contractId, loginId, ApiBank.Password)).StatusCode);
        return cookies.GetCookieHeader(http.BaseAddress!);
    }
}
