using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.Users;
using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// The other operation pages of a master user whose token is registered: tax and fee payment, bulk approval,
/// administration, the pending list fed by pushes, and the English switch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationPagesTests(Chromium chromium) : BrowserTest(chromium)
{
    private const string Contract = "C300";
    private const string Master = "master01";

    private string Serial => Bank.Serials[0];

    internal override async Task SeedAsync()
    {
        await Bank.ContractAsync(Contract, Master, ("clerk01", Permissions.Inquiry), ("payer01", Permissions.Inquiry | Permissions.FundTransfer));
        await Bank.IssueAsync(Contract, Serial);
        await Bank.RegisterAsync(Contract, Master, Serial);
        await Bank.IssueAsync(Contract, Bank.Serials[1]);
        await Bank.RegisterAsync(Contract, "payer01", Bank.Serials[1]);
    }

    [Fact]
    public async Task FeePayment_TwoItems_TokenShowsEachItemAndPaymentAuthorized()
    {
        var page = await LogOnAsync();
        await page.OpenAsync("fee");
        await page.GetByTestId("fee-add").ClickAsync();
        var items = page.GetByTestId("fee-item");
        await FillItemAsync(items.Nth(0), "12345", "ｺｸｾﾞｲ", "0001", "123456");
        await FillItemAsync(items.Nth(1), "54321", "ﾄｳｷｮｳﾄ", "99887766", "7800");
        await Assertions.Expect(page.GetByTestId("fee-total")).ToContainTextAsync("131,256");
        await page.ShotAsync("fee-01-form");
        await page.GetByTestId("fee-submit").ClickAsync();

        var panel = page.Locator("[data-testid=confirm][data-kind=FEE][data-challenge=push]");
        var (screen, code) = await panel.ScanAsync(Bank.Store, Serial, "fee-02-qr");
        Assert.Contains("明細: 2/2", screen);
        Assert.Contains("ﾄｳｷｮｳﾄ", screen);
        Assert.Contains("123456", screen);
        Assert.DoesNotContain("123,456", screen);
        await panel.TypeCodeAsync(code);
        await page.Locator("[data-testid=confirm][data-kind=FEE][data-status=Authorized]").WaitForAsync();
        await page.ShotAsync("fee-03-authorized");
    }

    [Fact]
    public async Task BulkApproval_Cancelled_PanelAndHistoryShowCancelled()
    {
        var page = await LogOnAsync();
        await page.OpenAsync("bulk");
        await page.GetByTestId("bulk-type").SelectOptionAsync("KYUYO");
        await page.GetByTestId("bulk-date").FillAsync("2026-12-25");
        await page.GetByTestId("bulk-count").FillAsync("120");
        await page.GetByTestId("bulk-amount").FillAsync("36000000");
        await page.GetByTestId("bulk-submit").ClickAsync();

        var panel = page.Locator("[data-testid=confirm][data-kind=BLK][data-challenge=push]");
        await Assertions.Expect(panel.GetByTestId("lines")).ToContainTextAsync("給与振込");
        await Assertions.Expect(panel.GetByTestId("lines")).ToContainTextAsync("36,000,000");
        await page.ShotAsync("bulk-01-confirm");
        await panel.Locator("button.cancel").ClickAsync();
        await page.Locator("[data-testid=confirm][data-kind=BLK][data-status=Cancelled]").WaitForAsync();

        await page.OpenAsync("history");
        await Assertions.Expect(page.Locator("tr[data-status=Cancelled]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Administration_AddUser_ConfirmedWithTokenThenListed()
    {
        var page = await LogOnAsync();
        await page.OpenAsync("admin");
        await Assertions.Expect(page.Locator("tr[data-user=clerk01]")).ToHaveCountAsync(1);
        await page.GetByTestId("new-login").FillAsync("floor9");
        await page.Locator("#new-DataCreation").CheckAsync();
        await page.Locator("#new-password").FillAsync("initial-pass-9");
        await page.Locator("#new-pin").FillAsync("9999");
        await page.GetByTestId("add-submit").ClickAsync();

        var panel = page.Locator("[data-testid=confirm][data-kind=ADM][data-challenge=push]");
        var (screen, code) = await panel.ScanAsync(Bank.Store, Serial, "admin-01-qr");
        Assert.Contains("利用者登録", screen);
        Assert.Contains("floor9", screen);
        await page.ShotAsync("admin-02-confirm");
        await panel.TypeCodeAsync(code);
        await page.Locator("[data-testid=confirm][data-kind=ADM][data-status=Authorized]").WaitForAsync();
        await Assertions.Expect(page.Locator("tr[data-user=floor9]")).ToContainTextAsync("振込データ作成");
        await page.ShotAsync("admin-03-user-added");
    }

    [Fact]
    public async Task Administration_RevokeAnotherUsersToken_ConfirmedThenRevokedForThatUser()
    {
        var page = await LogOnAsync();
        await page.OpenAsync("admin");
        await page.GetByTestId("revoke-payer01").ClickAsync();

        var panel = page.Locator("[data-testid=confirm][data-kind=ADM][data-challenge=push]");
        var (screen, code) = await panel.ScanAsync(Bank.Store, Serial, "admin-04-revoke-qr");
        Assert.Contains("トークン失効", screen);
        Assert.Contains("payer01", screen);
        await panel.TypeCodeAsync(code);
        await page.Locator("[data-testid=confirm][data-kind=ADM][data-status=Authorized]").WaitForAsync();
        await Assertions.Expect(page.Locator($"tr[data-token='{Bank.Serials[1]}']")).ToContainTextAsync("失効");
        await Assertions.Expect(page.Locator("tr[data-user=payer01]")).ToContainTextAsync("未登録");
        await page.ShotAsync("admin-05-token-revoked");
    }

    [Fact]
    public async Task PendingPage_TransactionFromBankSystem_QrPushedWithoutReload()
    {
        var page = await LogOnAsync();
        await page.OpenAsync("pending");
        await page.GetByTestId("pending-empty").WaitForAsync();
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var created = await Bank.TransferFromBankSystemAsync(Contract, Master, "ﾀﾅｶ ｲﾁﾛｳ", 88_000);

        var panel = page.Locator($"[data-testid=confirm][data-tx='{created.TransactionId}'][data-challenge=push]");
        var (screen, _) = await panel.ScanAsync(Bank.Store, Serial, "pending-01-qr");
        Assert.Contains("ﾀﾅｶ ｲﾁﾛｳ", screen);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "The page must not reload.");
        Assert.Matches(@"\d:\d\d", await panel.GetByTestId("countdown").InnerTextAsync());
        await page.ShotAsync("pending-02-pushed");
    }

    [Fact]
    public async Task LanguageSwitch_English_PagesInEnglishUntilSwitchedBack()
    {
        var page = await LogOnAsync();
        await page.Locator("#lang").ClickAsync();
        await Assertions.Expect(page.Locator("#nav")).ToContainTextAsync("Transfer");
        await Assertions.Expect(page.GetByTestId("method")).ToContainTextAsync("Token");
        await page.ShotAsync("english-01-top");
        await page.OpenAsync("transfer");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Transfer (one-off payee)");
        await page.ReloadAsync();
        await page.WaitForViewAsync("transfer");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Transfer (one-off payee)");
        await page.Locator("#lang").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("振込振替（都度指定）");
    }

    private static async Task FillItemAsync(ILocator row, string agency, string name, string customer, string amount)
    {
        await row.Locator("[name=agencyNumber]").FillAsync(agency);
        await row.Locator("[name=agencyNameKana]").FillAsync(name);
        await row.Locator("[name=customerNumber]").FillAsync(customer);
        await row.Locator("[name=amount]").FillAsync(amount);
    }

    private async Task<IPage> LogOnAsync()
    {
        var page = await NewPageAsync();
        await page.LogOnAsync(Contract, Master);
        await page.WaitForViewAsync("top");
        return page;
    }
}
