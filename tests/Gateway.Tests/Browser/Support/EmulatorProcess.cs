using System.Diagnostics;
using System.Text;

namespace Inkan.Gateway.Tests.Browser.Support;

/// <summary>
/// The token emulator run as a process (<c>dotnet Inkan.TokenEmulator.dll …</c>, copied next to the tests by the
/// project reference), as a tester runs it: it makes the tokens and reads QR codes from screenshots.
/// </summary>
internal static class EmulatorProcess
{
    private static readonly string DllPath = Path.Combine(AppContext.BaseDirectory, "Inkan.TokenEmulator.dll");

    /// <summary>Makes <paramref name="count"/> tokens from <paramref name="firstSerial"/> into <paramref name="directory"/> (batch files and key store).</summary>
    public static Task<string> ManufactureAsync(string directory, int count, string firstSerial) =>
        RunAsync("manufacture", "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", directory, "--first-serial", firstSerial);

    /// <summary>Scans the QR code in <paramref name="image"/> with token <paramref name="serial"/>: the screen text and the code (its last line).</summary>
    public static async Task<(string Screen, string Code)> ScanAsync(string image, string serial, string store)
    {
        var output = await RunAsync("scan", "--image", image, "--token", serial, "--store", store);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (output, lines[^1]);
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the token emulator.");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"The emulator ({string.Join(' ', args)}) exited with {process.ExitCode}: {await error}");
    }
}
