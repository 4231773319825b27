using System.Diagnostics;

namespace Inkan.TestSupport.Postgres;

/// <summary>Runs the PostgreSQL binaries, as the <c>postgres</c> user when the tests run as root (initdb refuses root).</summary>
internal static class PostgresProcess
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs <paramref name="program"/> to its end; a non-zero exit throws with its output (and the server log, if given).</summary>
    public static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = true, string? logFile = null)
    {
        var start = new ProcessStartInfo
        {
            FileName = asPostgres && IsRoot ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres && IsRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var log = logFile is not null && File.Exists(logFile) ? await File.ReadAllTextAsync(logFile).ConfigureAwait(false) : "";
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output.ConfigureAwait(false)}\n{await error.ConfigureAwait(false)}\n{log}");
        }
    }
}
