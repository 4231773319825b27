namespace Inkan.Gateway.Browser;

/// <summary>The browser client's route prefixes.</summary>
public static class BrowserRoutes
{
    /// <summary>The pages' JSON endpoints: every error under this path is answered with a problem.</summary>
    public const string Api = "/app/api";
}
