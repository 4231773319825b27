using System.Globalization;
using System.Text.Json;
using Inkan.Gateway.Tests.Processes;

namespace Inkan.Gateway.Tests.Load;

/// <summary>The token emulator's <c>load</c> command against a real gateway process on SQLite: setup through the bank API, cycles, report.</summary>
public sealed class LoadCommandTests : IAsyncLifetime
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-load-");
    private GatewayProcess? _gateway;

    private GatewayProcess Gateway => _gateway!;

    public async Task InitializeAsync() => _gateway = await GatewayProcess.StartAsync(Path.Combine(_directory.FullName, "data"));

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task Load_Cycles_AuthorizesEachAndReportsLatency()
    {
        var json = Path.Combine(_directory.FullName, "report.json");

        var run = await LoadRun.RunAsync(Gateway, "--contracts", "2", "--tokens", "1", "--users-per-token", "3", "--cycles", "120",
            "--concurrency", "4", "--wrong-codes", "0.25", "--json", json);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        Assert.Equal(6, root.GetProperty("users").GetInt32());
        Assert.Equal(2, root.GetProperty("tokens").GetInt32());
        Assert.Equal(120, root.GetProperty("authorized").GetInt64());
        Assert.Equal(0, root.GetProperty("errors").GetInt64());
        var refused = root.GetProperty("wrongCodesRefused").GetInt64();
        Assert.InRange(refused, 1, 119);
        Assert.Equal(120 + refused, root.GetProperty("verifications").GetInt64());
        var latency = root.GetProperty("verificationLatencyMs");
        Assert.Equal(120 + refused, latency.GetProperty("count").GetInt64());
        var (p50, p95, p99, max) = (latency.GetProperty("p50").GetDouble(), latency.GetProperty("p95").GetDouble(), latency.GetProperty("p99").GetDouble(), latency.GetProperty("max").GetDouble());
        Assert.True(p50 > 0 && p50 <= p95 && p95 <= p99 && p99 <= max, $"p50 {p50}, p95 {p95}, p99 {p99}, max {max}");
        Assert.True(root.GetProperty("authorizedPerSecond").GetDouble() > 0);
        Assert.Contains("authorized     120 (", run.Output, StringComparison.Ordinal);
        Assert.Contains("errors         0", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_Warmup_LeavesItsCyclesOutOfTheReport()
    {
        var json = Path.Combine(_directory.FullName, "warm.json");

        var run = await LoadRun.RunAsync(Gateway, "--tokens", "2", "--cycles", "30", "--concurrency", "2", "--warmup", "1", "--json", json);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        var warm = run.Error.Split('\n').Single(line => line.StartsWith("warm-up: authorized ", StringComparison.Ordinal));
        Assert.True(int.Parse(warm.Split(' ')[2].TrimEnd(','), CultureInfo.InvariantCulture) > 0, warm);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(30, report.RootElement.GetProperty("authorized").GetInt64());
        Assert.Equal(30, report.RootElement.GetProperty("verificationLatencyMs").GetProperty("count").GetInt64());
        Assert.Equal(1, report.RootElement.GetProperty("warmupSeconds").GetDouble());
        Assert.Contains("after 1 s of warm-up", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_SplitCycles_CreatesAllFirstThenTimesTheirConfirmations()
    {
        var json = Path.Combine(_directory.FullName, "split.json");

        var run = await LoadRun.RunAsync(Gateway, "--tokens", "2", "--users-per-token", "2", "--cycles", "40", "--concurrency", "4", "--wrong-codes", "0.25",
            "--split", "--json", json);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        Assert.True(root.GetProperty("split").GetBoolean());
        Assert.Equal("max, split", root.GetProperty("mode").GetString());
        Assert.Equal(40, root.GetProperty("prepared").GetInt64());
        Assert.True(root.GetProperty("preparationSeconds").GetDouble() > 0);
        Assert.Equal(40, root.GetProperty("authorized").GetInt64());
        Assert.Equal(0, root.GetProperty("errors").GetInt64());
        var refused = root.GetProperty("wrongCodesRefused").GetInt64();
        Assert.Equal(40 + refused, root.GetProperty("verifications").GetInt64());
        Assert.Equal(40 + refused, root.GetProperty("verificationLatencyMs").GetProperty("count").GetInt64());
        Assert.Contains("prepared       40 transactions in ", run.Output, StringComparison.Ordinal);
        Assert.Contains("authorized     40 (", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_SplitAtRate_PreparesRateTimesDurationAndConfirmsAtThatRate()
    {
        var json = Path.Combine(_directory.FullName, "split-rate.json");

        var run = await LoadRun.RunAsync(Gateway, "--tokens", "2", "--rate", "40", "--duration", "1.5", "--concurrency", "4", "--split", "--json", json);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        Assert.Equal(60, root.GetProperty("prepared").GetInt64());
        Assert.Equal(60, root.GetProperty("authorized").GetInt64());
        // The 60th confirmation is due 59/40 s after the first (less a timer's early firing): paced, not sent at once.
        Assert.True(root.GetProperty("elapsedSeconds").GetDouble() >= 1.4, $"elapsed {root.GetProperty("elapsedSeconds").GetDouble()} s");
    }

    [Fact]
    public async Task Load_WrongApiKey_FailsAtSetupWithOneLine()
    {
        var run = await LoadRun.RunAsync(Gateway, "--api-key", ProcessKey.Create().ApiKey, "--cycles", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("failed: 401 unauthenticated", run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }
}
