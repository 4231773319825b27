using Microsoft.Playwright;

namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>
/// Debian's Chromium driven by Playwright with the launch options of PACKAGES.md. A missing browser fails the tests
/// loudly: these tests must never pass by not running.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly List<IBrowserContext> _contexts = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _policyViolations = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"Chromium is missing at {ExecutablePath}: install it with 'apt-get install -y chromium' (see docs and PACKAGES.md).");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
    }

    /// <summary>A fresh browser context (its own cookies: one user) on <paramref name="baseAddress"/>, Japanese, with a desktop-sized page.</summary>
    public async Task<IPage> NewPageAsync(Uri baseAddress)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = baseAddress.ToString(),
            Locale = "ja-JP",
            ViewportSize = new() { Width = 1200, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                _policyViolations.Enqueue(message.Text);
            }
        };
        return page;
    }

    /// <summary>What the pages opened so far were refused by the gateway's content security policy; clears the list.</summary>
    public IReadOnlyList<string> TakePolicyViolations()
    {
        var violations = new List<string>();
        while (_policyViolations.TryDequeue(out var violation))
        {
            violations.Add(violation);
        }

        return violations;
    }

    /// <summary>Closes every context opened so far, before the test's gateway stops (their hub connections with them).</summary>
    public async Task CloseContextsAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }
}
