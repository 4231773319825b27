using System.Net;
using Inkan.Gateway.Browser;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Malformed.Hub;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Tokens;
using Inkan.Silo;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Browser.Push;

/// <summary>
/// A hub connection lasts as long as the browser session it was opened in: a logoff, a new password or the user's
/// deletion through this gateway closes it at once, a session ended elsewhere or idled out at the next sweep; the
/// connection of a current session stays.
/// </summary>
public sealed class AuthHubSessionTests : IAsyncLifetime
{
    private const string Contract = "H1";
    private const string Master = "master";

    // A length no other timer of the gateway has, so that the test can tell when the sweeper waits.
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(37);

    private readonly BankApiFactory _gateway = new() { StoreShared = true, Settings = { ["Browser:HubSessionCheckInterval"] = Interval.ToString() } };
    private HttpClient _client = null!;
    private ApiBank _bank = null!;
    private TokenRecord _masterToken = null!;

    public async Task InitializeAsync()
    {
        _client = await _gateway.ClientAsync();
        _bank = new ApiBank(_client);
        _masterToken = await _bank.ContractWithTokenAsync(Contract, Master);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
    }

    [Fact]
    public async Task Logoff_OpenConnection_ClosedBeforeTheNextPush()
    {
        var (browser, cookie) = await HubSession.SignOnAsync(_gateway, Contract, Master);
        using var page = browser.Http;
        using var hub = await OpenReceivingAsync(cookie);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/logoff", null)).StatusCode);

        await AssertClosedBeforeTheNextPushAsync(hub);
    }

    [Fact]
    public async Task ResetSecrets_NewPasswordThroughBackOffice_ConnectionClosedBeforeTheNextPush()
    {
        using var hub = await OpenReceivingAsync(await HubSession.CookieAsync(_gateway, Contract, Master));

        Assert.Equal(HttpStatusCode.NoContent, (await ResetSecretsAsync(new { password = "new-pass-word-2" })).StatusCode);

        await AssertClosedBeforeTheNextPushAsync(hub);
    }

    [Fact]
    public async Task AdminChange_UserDeleted_ConnectionClosedWithoutASweep()
    {
        const string Clerk = "clerk";
        await _bank.AddUserAsync(Contract, Clerk, "FundTransfer");
        await _bank.ActivateAsync(Contract, Clerk, await _bank.IssuedTokenAsync(Contract));
        using var hub = await HubSocket.OpenAsync(_gateway.Server, await HubSession.CookieAsync(_gateway, Contract, Clerk));
        Assert.Equal((await _bank.TransferAsync(Contract, Clerk)).TransactionId, await hub.NextChallengeAsync());

        var deletion = await _bank.CreateAsync(Contract, Master, "ADM", new { operation = "USER_DELETE", targetLoginId = Clerk });
        Assert.Equal(ConfirmOutcome.Authorized, (await _bank.ConfirmAsync(deletion.TransactionId, ApiBank.RightCode(_masterToken, deletion))).Outcome);

        // The clock stands still, so no sweep runs: only the deletion itself can have closed the connection.
        Assert.Null(await hub.NextChallengeAsync());
        Assert.True(hub.Closed);
    }

    [Fact]
    public async Task ResetSecrets_NewPinOnly_ConnectionStaysOpen()
    {
        using var hub = await OpenReceivingAsync(await HubSession.CookieAsync(_gateway, Contract, Master));

        Assert.Equal(HttpStatusCode.NoContent, (await ResetSecretsAsync(new { pin = "9876" })).StatusCode);

        Assert.Equal((await _bank.TransferAsync(Contract, Master)).TransactionId, await hub.NextChallengeAsync());
    }

    [Fact]
    public async Task Sweep_SessionEndedElsewhere_ConnectionClosedOnceTheIntervalPasses()
    {
        using var hub = await OpenReceivingAsync(await HubSession.CookieAsync(_gateway, Contract, Master));
        // A logoff through another node that shares the storage: its grains tell its own hub connections only.
        await using (var other = new BankApiFactory { Store = _gateway.Store, StoreShared = true })
        {
            await other.Services.GetRequiredService<IGrainFactory>().GetGrain<IUserGrain>(Identifiers.UserKey(Contract, Master)).EndSessionsAsync();
        }

        var beforeTheSweep = await _bank.TransferAsync(Contract, Master);
        Assert.Equal(beforeTheSweep.TransactionId, await hub.NextChallengeAsync());

        await SweepAsync();

        await AssertClosedBeforeTheNextPushAsync(hub);
    }

    [Fact]
    public async Task Sweep_CurrentSession_ConnectionStaysOpen()
    {
        using var hub = await OpenReceivingAsync(await HubSession.CookieAsync(_gateway, Contract, Master));

        await SweepAsync();

        Assert.Equal((await _bank.TransferAsync(Contract, Master)).TransactionId, await hub.NextChallengeAsync());
    }

    [Fact]
    public async Task Sweep_SessionIdledOut_ConnectionClosedOnceTheIntervalPasses()
    {
        var cookie = await HubSession.CookieAsync(_gateway, Contract, Master);
        using var hub = await OpenReceivingAsync(cookie);

        // No request for longer than the session's idle lifetime: the cookie no longer opens anything...
        _gateway.Clock.Advance(new BrowserOptions().SessionIdleTimeout + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Unauthorized, await PageRequestAsync(cookie));
        await SweepAsync();

        // ... nor does the push connection opened with it receive the next challenge.
        await AssertClosedBeforeTheNextPushAsync(hub);
    }

    [Fact]
    public async Task Sweep_SessionInUse_ConnectionStaysPastTheFirstCookiesExpiry()
    {
        var cookie = await HubSession.CookieAsync(_gateway, Contract, Master);
        using var hub = await OpenReceivingAsync(cookie);
        var idle = new BrowserOptions().SessionIdleTimeout;

        _gateway.Clock.Advance(idle - TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, await PageRequestAsync(cookie));
        _gateway.Clock.Advance(TimeSpan.FromMinutes(10));
        await SweepAsync();

        Assert.Equal((await _bank.TransferAsync(Contract, Master)).TransactionId, await hub.NextChallengeAsync());
    }

    // A request of the page, as the user at work makes them.
    private async Task<HttpStatusCode> PageRequestAsync(string cookie)
    {
        using var page = _gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/app/api/transactions?pending=true");
        request.Headers.Add("Cookie", cookie);
        using var response = await page.SendAsync(request);
        return response.StatusCode;
    }

    private async Task<HubSocket> OpenReceivingAsync(string cookie)
    {
        var hub = await HubSocket.OpenAsync(_gateway.Server, cookie);
        Assert.Equal((await _bank.TransferAsync(Contract, Master)).TransactionId, await hub.NextChallengeAsync());
        return hub;
    }

    private Task<HttpResponseMessage> ResetSecretsAsync(object body)
        => _client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{Contract}/users/{Master}/secrets", body);

    // Lets the sweeper's interval pass, and waits until that sweep is done: the sweeper waits again.
    private async Task SweepAsync()
    {
        await _gateway.Time.WaitForPendingAsync(Interval);
        var armed = _gateway.Time.Armed(Interval);
        _gateway.Clock.Advance(Interval);
        await _gateway.Time.WaitForPendingAsync(Interval, armedAtLeast: armed + 1);
    }

    private async Task AssertClosedBeforeTheNextPushAsync(HubSocket hub)
    {
        await _bank.TransferAsync(Contract, Master);
        Assert.Null(await hub.NextChallengeAsync());
        Assert.True(hub.Closed);
    }
}
