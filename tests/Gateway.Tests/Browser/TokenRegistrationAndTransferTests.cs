using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// The story of SPEC section 5 in a real browser against the real gateway: log on, register the token from a screenshot
/// of the activation QR code read by the emulator, make a transfer whose QR code is pushed, confirm it with the code.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TokenRegistrationAndTransferTests(Chromium chromium) : BrowserTest(chromium)
{
    private const string Contract = "C100";

    internal override async Task SeedAsync()
    {
        await Bank.ContractAsync(Contract, "master01", ("user01", Permissions.Inquiry | Permissions.FundTransfer));
        await Bank.IssueAsync(Contract, Bank.Serials[0]);
    }

    [Fact]
    public async Task Logon_RegisterTokenThenTransfer_PushedQrScannedCodeAuthorizes()
    {
        var serial = Bank.Serials[0];
        var page = await NewPageAsync();
        await page.GotoAsync("/app/");
        await page.WaitForViewAsync("logon");
        await page.ShotAsync("01-logon");

        await page.LogOnAsync(Contract, "user01");
        await page.WaitForViewAsync("register-token");
        Assert.False(await page.GetByTestId("skip").IsVisibleAsync(), "Registration is mandatory: no skip.");
        await page.GetByTestId("serial").FillAsync(serial);
        await page.GetByTestId("serial-submit").ClickAsync();
        var activation = page.Locator("[data-testid=confirm][data-kind=ACT]");
        var (activationScreen, activationCode) = await activation.ScanAsync(Bank.Store, serial, "02-activation-qr");
        Assert.Contains("利用開始登録", activationScreen);
        Assert.Contains("user01", activationScreen);
        Assert.Contains(serial, activationScreen);
        await page.ShotAsync("03-register-token");
        await activation.TypeCodeAsync(activationCode);
        await page.GetByTestId("token-done").WaitForAsync();
        await page.GetByTestId("continue").ClickAsync();
        await page.WaitForViewAsync("top");
        Assert.Contains("トークン", await page.GetByTestId("method").InnerTextAsync());
        await page.ShotAsync("04-top");

        await page.OpenAsync("transfer");
        await page.GetByTestId("bank").FillAsync("ﾄﾏﾄ");
        await page.GetByTestId("branch").FillAsync("123");
        await page.GetByTestId("account").FillAsync("1234567");
        await page.GetByTestId("payee").FillAsync("カ）やまだショウジ");
        await page.GetByTestId("amount").FillAsync("1234567");
        await page.GetByTestId("transfer-submit").ClickAsync();
        var transfer = page.Locator("[data-testid=confirm][data-kind=TRF][data-challenge=push]");
        var (screen, code) = await transfer.ScanAsync(Bank.Store, serial, "05-transfer-qr");
        Assert.Contains("ｶ)ﾔﾏﾀﾞｼｮｳｼ", screen);
        Assert.Contains("1,234,567", screen);
        Assert.Contains("123-1-1234567", screen);
        await page.ShotAsync("06-transfer-confirm");
        await transfer.TypeCodeAsync(code);

        var authorized = page.Locator("[data-testid=confirm][data-kind=TRF][data-status=Authorized]");
        await authorized.WaitForAsync();
        Assert.Contains("認証しました", await authorized.GetByTestId("result").InnerTextAsync());
        await page.ShotAsync("07-transfer-authorized");
        var id = await authorized.GetAttributeAsync("data-tx");
        var stored = await Server.Grains.GetGrain<ITransactionGrain>(id!).GetAsync(Contract, "user01");
        Assert.Equal(TransactionStatus.Authorized, stored.Status);

        await page.OpenAsync("history");
        await Assertions.Expect(page.Locator("tr[data-status=Authorized]")).ToHaveCountAsync(2);
        await page.ShotAsync("08-history");
    }
}
