namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>Where the tests leave screenshots for people to look at: <c>artifacts/screenshots</c> under the test output.</summary>
internal static class Artifacts
{
    public static string Screenshot(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name + ".png");
    }
}
