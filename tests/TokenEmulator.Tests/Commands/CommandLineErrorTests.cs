using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary>A wrong command line (bad option value, missing or conflicting options) exits 2 with one line on stderr.</summary>
public class CommandLineErrorTests
{
    private const string Key = Payloads.SpecKeyHex;

    [Theory]
    [InlineData("--key must be hexadecimal", "code", "--payload", Payloads.SpecActivation, "--key", "xyz1")]
    [InlineData("--key must be 32 bytes", "code", "--payload", Payloads.SpecActivation, "--key", "3132")]
    [InlineData("--key must be hexadecimal", "ocra", "--suite", "OCRA-1:HOTP-SHA1-6:QN08", "--key", "313", "--question", "1")]
    [InlineData("--pin-hash must be hexadecimal", "ocra", "--suite", "OCRA-1:HOTP-SHA1-6:QN08-PSHA1", "--key", Key, "--question", "1", "--pin-hash", "pin")]
    [InlineData("--timestamp must be 1 to 15 hexadecimal digits", "ocra", "--suite", "OCRA-1:HOTP-SHA1-6:QN08-T1M", "--key", Key, "--question", "1", "--timestamp", "now")]
    [InlineData("--token must be a 10-digit serial", "scan", "--payload", Payloads.SpecActivation, "--token", "12")]
    [InlineData("exactly one of --key and --token", "scan", "--payload", Payloads.SpecActivation)]
    [InlineData("exactly one of --key and --token", "scan", "--payload", Payloads.SpecActivation, "--key", Key, "--token", "0000000001")]
    [InlineData("exactly one of --image and --payload", "scan", "--key", Key)]
    [InlineData("'--suite' is required", "ocra", "--key", Key)]
    [InlineData("'--payload' is required", "code", "--key", Key)]
    [InlineData("Unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("Required command was not provided", new string[0])]
    public async Task CommandLine_Wrong_FailsWithOneUsageLine(string expected, params string[] args)
    {
        var run = await Emulator.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Failed(), StringComparison.Ordinal);
    }
}
