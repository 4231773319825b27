using System.Net;
using System.Text.Json;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Malformed.Hub;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// Two gateways over one store, as two nodes over one database: the browser is shown a transaction as it is stored
/// now, even when the other gateway changed it after this one had read it.
/// </summary>
public sealed class TransactionViewAcrossGatewaysTests : IAsyncLifetime
{
    private const string Contract = "V1";

    private readonly BankApiFactory _browserNode = new() { StoreShared = true };
    private BankApiFactory _bankNode = null!;
    private ApiBank _bank = null!;

    public async Task InitializeAsync()
    {
        _bankNode = new BankApiFactory { Store = _browserNode.Store, StoreShared = true };
        _bank = new ApiBank(await _bankNode.ClientAsync());
    }

    public async Task DisposeAsync()
    {
        _bank.Client.Dispose();
        await _bankNode.DisposeAsync();
        await _browserNode.DisposeAsync();
    }

    [Fact]
    public async Task Get_AuthorizedThroughTheOtherGateway_ShowsAuthorizedAndNoLongerAQrCode()
    {
        var token = await _bank.ContractWithTokenAsync(Contract);
        var transfer = await _bank.TransferAsync(Contract);
        var (browser, _) = await HubSession.SignOnAsync(_browserNode, Contract, "master");
        using var page = browser.Http;
        var path = $"/app/api/transactions/{transfer.TransactionId}";
        var before = await StatusAsync(page, path);
        Assert.Equal(HttpStatusCode.OK, (await page.GetAsync(path + "/qr.png")).StatusCode);

        Assert.Equal(ConfirmOutcome.Authorized, (await _bank.ConfirmAsync(transfer.TransactionId, ApiBank.RightCode(token, transfer))).Outcome);

        Assert.Equal("Pending", before);
        Assert.Equal("Authorized", await StatusAsync(page, path));
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync(path + "/qr.png")).StatusCode);
    }

    private static async Task<string?> StatusAsync(HttpClient page, string path)
    {
        using var response = await page.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var view = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return view.RootElement.GetProperty("status").GetString();
    }
}
