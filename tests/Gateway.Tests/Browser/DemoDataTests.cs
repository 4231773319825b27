using System.Text.Json;
using Inkan.Gateway.Demo;
using Inkan.Gateway.Tests.Browser.Support;
using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// What the README promises a newcomer: on an empty data directory the gateway creates the demo contract, and with
/// the credentials file and the emulator's key store it names, one transfer goes through in the browser.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoDataTests(Chromium chromium) : IAsyncLifetime
{
    private GatewayServer _server = null!;

    public Task InitializeAsync()
    {
        _server = new GatewayServer(new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await chromium.CloseContextsAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task DemoUserWithSharedToken_TransferWithTheEmulatorsStore_Authorized()
    {
        await using var file = File.OpenRead(Path.Combine(_server.DataDirectory, DemoCredentials.FileName));
        var credentials = (await JsonSerializer.DeserializeAsync<DemoCredentials>(file, DemoJson.Options))!;
        var tanaka = credentials.Users.Single(u => u.LoginId == "demo.tanaka");
        var serial = credentials.Tokens.Single(t => t.Value.Contains("demo.tanaka", StringComparison.Ordinal)).Key;

        var page = await chromium.NewPageAsync(_server.Address);
        await page.LogOnAsync(credentials.ContractId, tanaka.LoginId, tanaka.Password);
        await page.WaitForViewAsync("top");
        await page.OpenAsync("transfer");
        await page.SubmitTransferAsync("ﾃﾞﾓ ﾀﾛｳ", 10_000);
        var panel = page.Locator("[data-testid=confirm][data-challenge=push]");
        var (screen, code) = await panel.ScanAsync(credentials.EmulatorStore, serial, "demo-01-qr");
        Assert.Contains("ﾃﾞﾓ ﾀﾛｳ", screen);
        await panel.TypeCodeAsync(code);
        await page.Locator("[data-testid=confirm][data-status=Authorized]").WaitForAsync();
    }
}
