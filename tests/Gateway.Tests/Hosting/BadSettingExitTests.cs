using Inkan.Gateway.Hosting;
using Inkan.Gateway.Tests.Processes;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary>The gateway process with a bad setting: exit status 1 and a last line naming the setting, not the runtime's unhandled-exception abort.</summary>
public sealed class BadSettingExitTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-bad-setting-");

    [Theory]
    [InlineData("Storage:Provider", "Nope", "Storage:Provider")]
    [InlineData("Demo:Enabled", "maybe", "Demo:Enabled")]
    [InlineData("Mail:Port", "0", "Port")]
    [InlineData("BankApi:Keys:zz:SecretSha256", "abc", "BankApi:Keys:zz")]
    public async Task Run_BadSetting_ExitsWithOneLineNamingIt(string key, string value, string named)
    {
        var (exitCode, output) = await GatewayProcess.RunUntilExitAsync(_directory.FullName, new Dictionary<string, string> { [key] = value });

        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        Assert.Equal(StartupFailure.ExitCode, exitCode);
        Assert.StartsWith("The gateway could not run: ", last, StringComparison.Ordinal);
        Assert.Contains(named, last, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
