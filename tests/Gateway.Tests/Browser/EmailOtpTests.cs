using System.Text.RegularExpressions;
using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.Users;
using Inkan.TestSupport.Smtp;
using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// Email OTP in the browser (SPEC section 4) before tokens are mandatory, with mails read from a real SMTP server:
/// the logon leads to the address registration confirmed by a mailed OTP, then a transfer is confirmed by PIN + OTP.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class EmailOtpTests(Chromium chromium) : BrowserTest(chromium), IAsyncLifetime
{
    private const string Contract = "C600";
    private const string Address = "otp01@example.com";
    private readonly SmtpServer _smtp = SmtpServer.Create();

    internal override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:StartTls"] = "false",
        ["Inkan:Policy:TokenAuthMandatorySince"] = "2100-01-01T00:00:00+09:00",
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _smtp.StartAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _smtp.DisposeAsync();
    }

    internal override Task SeedAsync() => Bank.ContractAsync(Contract, "master01", ("otp01", Permissions.Inquiry | Permissions.FundTransfer));

    [Fact]
    public async Task Logon_RegisterAddressThenTransfer_ConfirmedWithMailedOtps()
    {
        var page = await NewPageAsync();
        await page.LogOnAsync(Contract, "otp01");
        await page.WaitForViewAsync("register-token");
        await page.GetByTestId("skip").ClickAsync();
        await page.WaitForViewAsync("register-otp");
        await page.GetByTestId("otp-address").FillAsync(Address);
        await page.GetByTestId("otp-send").ClickAsync();
        await Assertions.Expect(page.GetByTestId("otp-sent")).ToContainTextAsync(Address);
        var registration = (await _smtp.WaitForMailsAsync(1))[0];
        Assert.Equal(Address, registration.To);
        await page.ShotAsync("otp-01-register-address");
        await page.GetByTestId("otp-pin").FillAsync(DemoBank.Pin);
        await page.GetByTestId("otp-code").FillAsync(OtpIn(registration.Body));
        await page.GetByTestId("otp-confirm").ClickAsync();
        await page.WaitForViewAsync("top");
        await Assertions.Expect(page.GetByTestId("method")).ToContainTextAsync("ワンタイムパスワード");

        await page.OpenAsync("transfer");
        await page.SubmitTransferAsync("ｽｽﾞｷ ｼﾞﾛｳ", 345_000);
        var panel = page.Locator("[data-testid=confirm][data-method=EmailOtp][data-challenge=push]");
        await panel.WaitForAsync();
        Assert.False(await panel.GetByTestId("qr").IsVisibleAsync(), "Email OTP shows no QR code.");
        var mail = (await _smtp.WaitForMailsAsync(2))[1];
        Assert.Contains("振込振替", mail.Subject);
        Assert.Contains("ｽｽﾞｷ ｼﾞﾛｳ", mail.Body);
        await page.ShotAsync("otp-02-transfer-confirm");
        await panel.GetByTestId("pin").FillAsync(DemoBank.Pin);
        await panel.GetByTestId("code").FillAsync(OtpIn(mail.Body));
        await panel.GetByTestId("confirm-submit").ClickAsync();
        await page.Locator("[data-testid=confirm][data-method=EmailOtp][data-status=Authorized]").WaitForAsync();
        await page.ShotAsync("otp-03-authorized");
    }

    private static string OtpIn(string body) => OtpLine().Match(body) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No OTP in the mail:\n" + body);

    [GeneratedRegex("■ワンタイムパスワード\n([0-9]+)\n")]
    private static partial Regex OtpLine();
}
