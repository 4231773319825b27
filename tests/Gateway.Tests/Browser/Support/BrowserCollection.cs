namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>The real-browser tests share one Chromium and run one class at a time (the machine's cores are few).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "Browser";
}
