using System.Diagnostics;
using System.Text;

namespace Inkan.TokenEmulator.Tests.Support;

/// <summary>
/// Runs the real emulator as a process: <c>dotnet Inkan.TokenEmulator.dll args…</c>. The build copies the dll, its
/// runtimeconfig and deps files next to the test assembly (project reference), so the path is
/// <c>AppContext.BaseDirectory/Inkan.TokenEmulator.dll</c>. Each run starts in a fresh temporary working directory.
/// </summary>
internal static class Emulator
{
    public static readonly string DllPath = Path.Combine(AppContext.BaseDirectory, "Inkan.TokenEmulator.dll");
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
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
        return start;
    }

    public static async Task<EmulatorRun> RunAsync(params string[] args)
    {
        using var directory = new TempDirectory();
        return await RunInAsync(directory.Path, args);
    }

    public static async Task<EmulatorRun> RunInAsync(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new EmulatorRun(process.ExitCode, await output, await error);
    }
}
