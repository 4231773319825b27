using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.Users;
using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>Where the logon leads in the browser (SPEC sections 4–6): a wrong password, the optional registration with its skip, inquiry-only users.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LogonTests(Chromium chromium) : BrowserTest(chromium)
{
    private const string Contract = "C400";

    internal override async Task SeedAsync()
    {
        await Bank.ContractAsync(Contract, "master01", ("maker01", Permissions.Inquiry | Permissions.DataCreation), ("viewer01", Permissions.Inquiry));
        await Bank.IssueAsync(Contract, Bank.Serials[0]);
    }

    [Fact]
    public async Task Logon_WrongPassword_ErrorAndNoSession()
    {
        var page = await NewPageAsync();
        await page.LogOnAsync(Contract, "maker01", "not-the-password");
        await Assertions.Expect(page.GetByTestId("error")).ToContainTextAsync("パスワードが正しくありません");
        await page.ShotAsync("logon-wrong-password");
        await page.ReloadAsync();
        await page.WaitForViewAsync("logon");
    }

    [Fact]
    public async Task Logon_DataCreationUser_SkipsRegistrationForThisLogonOnly()
    {
        var page = await NewPageAsync();
        await page.LogOnAsync(Contract, "maker01");
        await page.WaitForViewAsync("register-token");
        await page.ShotAsync("logon-optional-registration");
        await page.GetByTestId("skip").ClickAsync();
        await page.WaitForViewAsync("top");
        await page.ReloadAsync();
        await page.WaitForViewAsync("top");

        await page.Locator("#logoff").ClickAsync();
        await page.WaitForViewAsync("logon");
        await page.LogOnAsync(Contract, "maker01");
        await page.WaitForViewAsync("register-token");
    }

    [Fact]
    public async Task Logon_InquiryOnlyUser_TopPageWithoutRegistration()
    {
        var page = await NewPageAsync();
        await page.LogOnAsync(Contract, "viewer01");
        await page.WaitForViewAsync("top");
        Assert.False(await page.Locator("#nav a[href='#/transfer']").IsVisibleAsync());
        Assert.False(await page.Locator("a[href='#/register-token']").IsVisibleAsync());
    }
}
