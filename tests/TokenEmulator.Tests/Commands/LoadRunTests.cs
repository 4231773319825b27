using System.Text.Json;
using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary><c>load</c> against a stand-in gateway: the run lasts what was asked and its report tells what the server did.</summary>
public class LoadRunTests
{
    [Fact]
    public async Task Load_RateWithDuration_StopsAtTheDuration()
    {
        using var gateway = new FakeGateway();
        using var directory = new TempDirectory();

        var run = await Emulator.RunInAsync(directory.Path,
            "load", "--url", gateway.Url, "--api-key", "k", "--rate", "1", "--duration", "2", "--concurrency", "8", "--json", "report.json");

        Assert.True(run.ExitCode == 0, run.Error);
        var report = await ReadReportAsync(directory);
        Assert.InRange(report.GetProperty("elapsedSeconds").GetDouble(), 1.9, 3.0);
        Assert.Equal(2, report.GetProperty("authorized").GetInt64());
    }

    private static async Task<JsonElement> ReadReportAsync(TempDirectory directory)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(directory.File("report.json")));
        return document.RootElement.Clone();
    }
}
