using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary><c>load</c> with a wrong value or combination of options exits 2 with one line on stderr naming the option, before any request.</summary>
public class LoadCommandLineTests
{
    private const string Url = "http://127.0.0.1:9";
    private const string Key = "inkan.00000000000000aa.secret";

    [Theory]
    [InlineData("--url must be an absolute http:// or https:// URL", "--url", "ftp://bank", "--api-key", Key)]
    [InlineData("--api-key is required", "--url", Url)]
    [InlineData("--rate and --max exclude each other", "--url", Url, "--api-key", Key, "--rate", "100", "--max")]
    [InlineData("--rate must be from 0.001", "--url", Url, "--api-key", Key, "--rate", "0")]
    [InlineData("--rate must be from 0.001", "--url", Url, "--api-key", Key, "--rate", "0.0000001")]
    [InlineData("--rate must be from 0.001", "--url", Url, "--api-key", Key, "--rate", "1e-300")]
    [InlineData("--duration and --cycles exclude each other", "--url", Url, "--api-key", Key, "--duration", "5", "--cycles", "10")]
    [InlineData("--duration must be above 0", "--url", Url, "--api-key", Key, "--duration", "-1")]
    [InlineData("--cycles must be from 1", "--url", Url, "--api-key", Key, "--cycles", "0")]
    [InlineData("--concurrency must be from 1 to 4096", "--url", Url, "--api-key", Key, "--concurrency", "0")]
    [InlineData("--contracts × --tokens must be at most 100000", "--url", Url, "--api-key", Key, "--contracts", "1000", "--tokens", "1000")]
    [InlineData("--users-per-token must be from 1 to 1000", "--url", Url, "--api-key", Key, "--users-per-token", "0")]
    [InlineData("--wrong-codes must be from 0 to 1", "--url", Url, "--api-key", Key, "--wrong-codes", "1.5")]
    [InlineData("--warmup must be from 0 to 3600 seconds", "--url", Url, "--api-key", Key, "--warmup", "-1")]
    [InlineData("Unrecognized command or argument 'yes'", "--url", Url, "--api-key", Key, "--split", "yes")]
    [InlineData("--mix 'XYZ=5' is not KIND=WEIGHT", "--url", Url, "--api-key", Key, "--mix", "TRF=5,XYZ=5")]
    [InlineData("--mix names TRF twice", "--url", Url, "--api-key", Key, "--mix", "TRF=5,TRF=5")]
    [InlineData("--mix needs at least one positive weight", "--url", Url, "--api-key", Key, "--mix", "TRF=0")]
    [InlineData("--credentials replaces --contracts", "--url", Url, "--credentials", "creds.json", "--api-key", Key, "--contracts", "2")]
    [InlineData("--json must name a file in an existing directory", "--url", Url, "--api-key", Key, "--json", "no-such-dir/report.json")]
    [InlineData("--json must name a file in an existing directory", "--url", Url, "--api-key", Key, "--json", ".")]
    [InlineData("'--url' is required", "--api-key", Key)]
    [InlineData("Cannot parse argument 'fast' for option '--rate'", "--url", Url, "--api-key", Key, "--rate", "fast")]
    public async Task Load_WrongOptions_FailsWithOneUsageLine(string expected, params string[] args)
    {
        var run = await Emulator.RunAsync(["load", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Failed(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'apiKey' is missing or not text", """{ "apiKey": 5, "contractId": "c1", "emulatorStore": "tokens", "users": [] }""")]
    [InlineData("'apiKey' is missing or not text", """[ "apiKey" ]""")]
    [InlineData("is not JSON", """{ "apiKey": """)]
    public async Task Load_CredentialsFileWithoutAUsableApiKey_FailsWithOneUsageLine(string expected, string json)
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("creds.json"), json);

        var run = await Emulator.RunInAsync(directory.Path, "load", "--url", Url, "--credentials", "creds.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Failed(), StringComparison.Ordinal);
    }

    // Checked before any request: the gateway at Url does not exist, so reaching it would fail differently.
    [Theory]
    [InlineData("no 'users' list", """{ "apiKey": "k", "contractId": "c1", "emulatorStore": "tokens" }""")]
    [InlineData("no 'users' list", """{ "apiKey": "k", "contractId": "c1", "emulatorStore": "tokens", "users": { "loginId": "u" } }""")]
    [InlineData("'contractId' is missing or not text", """{ "apiKey": "k", "contractId": 7, "emulatorStore": "tokens", "users": [] }""")]
    [InlineData("names no user who confirms with a token", """{ "apiKey": "k", "contractId": "c1", "emulatorStore": "tokens", "users": [ { "loginId": "u", "confirms": 5 } ] }""")]
    public async Task Load_CredentialsFileWithBadUsers_FailsNamingTheMemberBeforeAnyRequest(string expected, string json)
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("creds.json"), json);

        var run = await Emulator.RunInAsync(directory.Path, "load", "--url", Url, "--credentials", "creds.json", "--cycles", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Contains(expected, run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_GatewayUnreachable_FailsWithOneLine()
    {
        var run = await Emulator.RunAsync("load", "--url", Url, "--api-key", Key, "--cycles", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("setting up users and tokens", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("error: no answer from the gateway: ", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:9", run.ErrorLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
