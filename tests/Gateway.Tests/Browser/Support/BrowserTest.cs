using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>
/// A real-browser test: its own gateway on loopback with the tokens of a <see cref="DemoBank"/>, set up by
/// <see cref="SeedAsync"/>; the browser contexts close before the gateway stops, and the test fails if the gateway's
/// content security policy refused the pages anything.
/// </summary>
public abstract class BrowserTest(Chromium chromium) : IAsyncLifetime
{
    internal GatewayServer Server { get; private set; } = null!;

    internal DemoBank Bank { get; private set; } = null!;

    /// <summary>Settings of the gateway beyond the data directory.</summary>
    internal virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Server = new GatewayServer(Settings);
        Bank = await DemoBank.CreateAsync(Server);
        await SeedAsync();
    }

    public async Task DisposeAsync()
    {
        await chromium.CloseContextsAsync();
        Bank.Dispose();
        await Server.DisposeAsync();
        Assert.Empty(chromium.TakePolicyViolations());
    }

    /// <summary>Creates the contracts and users the test needs.</summary>
    internal abstract Task SeedAsync();

    /// <summary>A page in a new browser context (one user's browser).</summary>
    internal Task<IPage> NewPageAsync() => chromium.NewPageAsync(Server.Address);
}
