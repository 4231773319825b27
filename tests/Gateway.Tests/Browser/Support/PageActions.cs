using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>What a user does on the pages, and the camera: screenshots of the QR code read by the emulator.</summary>
internal static class PageActions
{
    /// <summary>Opens the logon page and logs on.</summary>
    public static async Task LogOnAsync(this IPage page, string contractId, string loginId, string password = DemoBank.Password)
    {
        await page.GotoAsync("/app/");
        await page.WaitForViewAsync("logon");
        await page.GetByTestId("contract").FillAsync(contractId);
        await page.GetByTestId("login").FillAsync(loginId);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("logon-submit").ClickAsync();
    }

    /// <summary>Waits until the view <paramref name="name"/> is rendered.</summary>
    public static Task WaitForViewAsync(this IPage page, string name) => page.Locator($"#view[data-ready='{name}']").WaitForAsync();

    /// <summary>Opens a page through its navigation link and waits for it.</summary>
    public static async Task OpenAsync(this IPage page, string name)
    {
        await page.Locator($"#nav a[href='#/{name}']").ClickAsync();
        await page.WaitForViewAsync(name);
    }

    /// <summary>
    /// Screenshots the panel's QR code once it has loaded (kept as artifact <paramref name="shot"/>) and scans it with
    /// the emulator as token <paramref name="serial"/> from key store <paramref name="store"/>: the token's screen and the code.
    /// </summary>
    public static async Task<(string Screen, string Code)> ScanAsync(this ILocator panel, string store, string serial, string shot)
    {
        var qr = panel.GetByTestId("qr");
        await qr.WaitForAsync();
        await qr.EvaluateAsync("img => img.complete && img.naturalWidth > 0 ? true : new Promise(r => img.addEventListener('load', () => r(true), { once: true }))");
        var path = Artifacts.Screenshot(shot);
        await qr.ScreenshotAsync(new() { Path = path });
        return await EmulatorProcess.ScanAsync(path, serial, store);
    }

    /// <summary>Types a code into the panel and submits it.</summary>
    public static async Task TypeCodeAsync(this ILocator panel, string code)
    {
        await panel.GetByTestId("code").FillAsync(code);
        await panel.GetByTestId("confirm-submit").ClickAsync();
    }

    /// <summary>Fills the transfer form with a payee at bank ﾐｽﾞﾎ, branch 001, account 7654321, and submits it.</summary>
    public static async Task SubmitTransferAsync(this IPage page, string payeeKana, long amount)
    {
        await page.GetByTestId("bank").FillAsync("ﾐｽﾞﾎ");
        await page.GetByTestId("branch").FillAsync("001");
        await page.GetByTestId("account").FillAsync("7654321");
        await page.GetByTestId("payee").FillAsync(payeeKana);
        await page.GetByTestId("amount").FillAsync(amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("transfer-submit").ClickAsync();
    }

    /// <summary>Saves a screenshot of the whole page as artifact <paramref name="name"/>.</summary>
    public static Task ShotAsync(this IPage page, string name) => page.ScreenshotAsync(new() { Path = Artifacts.Screenshot(name), FullPage = true });
}
