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

    // Ten cycles due 50 ms apart, one at a time, each confirmation taking 200 ms: the last is due at 450 ms and done at
    // about 2 s, so it took some 1.5 s from when it was due, though each request alone took 200 ms.
    [Fact]
    public async Task Load_RateTheServerCannotKeep_CountsTheWaitInTheCycleLatency()
    {
        using var gateway = new FakeGateway(TimeSpan.FromMilliseconds(200));
        using var directory = new TempDirectory();

        var run = await Emulator.RunInAsync(directory.Path,
            "load", "--url", gateway.Url, "--api-key", "k", "--rate", "20", "--cycles", "10", "--concurrency", "1", "--json", "report.json");

        Assert.True(run.ExitCode == 0, run.Error);
        var report = await ReadReportAsync(directory);
        Assert.Equal(10, report.GetProperty("authorized").GetInt64());
        Assert.InRange(report.GetProperty("verificationLatencyMs").GetProperty("max").GetDouble(), 150, 1000);
        Assert.True(report.GetProperty("cycleLatencyMs").GetProperty("max").GetDouble() >= 1200, run.Output);
    }

    [Fact]
    public async Task Load_SomeCyclesGoWrong_ReportsThemAndExitsWithFailure()
    {
        using var gateway = new FakeGateway(rejectEvery: 4);
        using var directory = new TempDirectory();

        var run = await Emulator.RunInAsync(directory.Path,
            "load", "--url", gateway.Url, "--api-key", "k", "--max", "--cycles", "12", "--concurrency", "1", "--json", "report.json");

        Assert.Equal(1, run.ExitCode);
        var report = await ReadReportAsync(directory);
        Assert.Equal(9, report.GetProperty("authorized").GetInt64());
        Assert.Equal(3, report.GetProperty("errors").GetInt64());
        Assert.Contains("errors         3", run.Output, StringComparison.Ordinal);
        Assert.Equal("error: 3 cycles went wrong; the report above says how", run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd('\r'));
    }

    private static async Task<JsonElement> ReadReportAsync(TempDirectory directory)
    {
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(directory.File("report.json")));
        return document.RootElement.Clone();
    }
}
