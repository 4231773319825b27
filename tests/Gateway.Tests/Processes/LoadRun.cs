using System.Diagnostics;
using System.Text;

namespace Inkan.Gateway.Tests.Processes;

/// <summary>
/// One run of the token emulator's <c>load</c> command as a process (<c>dotnet Inkan.TokenEmulator.dll load …</c>, copied next
/// to the tests) against a gateway process, with its API key unless the arguments give one.
/// </summary>
public sealed record LoadRun(int ExitCode, string Output, string Error)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static async Task<LoadRun> RunAsync(GatewayProcess gateway, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        string[] key = args.Contains("--api-key") ? [] : ["--api-key", gateway.ApiKey];
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Inkan.TokenEmulator.dll"), "load", "--url", gateway.Url.ToString() }.Concat(key).Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return new LoadRun(process.ExitCode, await output, await error);
    }
}
