using System.Diagnostics;
using System.Threading.Channels;

namespace Inkan.TokenEmulator.Tests.Support;

/// <summary>
/// A long-running emulator process (such as <c>watch</c>) whose output lines the test awaits one by one, and
/// which it can interrupt as Ctrl+C does (SIGINT). Every wait gives up after a minute instead of hanging.
/// </summary>
internal sealed class RunningEmulator : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private readonly Process process;
    private readonly Channel<string> output = Channel.CreateUnbounded<string>();
    private readonly Channel<string> error = Channel.CreateUnbounded<string>();
    private readonly Task pumps;

    public RunningEmulator(string workingDirectory, params string[] args)
    {
        process = Process.Start(Emulator.StartInfo(workingDirectory, args))!;
        pumps = Task.WhenAll(Pump(process.StandardOutput, output.Writer), Pump(process.StandardError, error.Writer));
    }

    /// <summary>Reads stdout until a line matches, returning every line read, the matching one last.</summary>
    public Task<List<string>> OutputUntilAsync(Func<string, bool> match) => ReadUntilAsync(output.Reader, match);

    public async Task<string> NextErrorAsync() => (await ReadUntilAsync(error.Reader, _ => true))[0];

    /// <summary>Sends SIGINT, as Ctrl+C in a terminal would, and waits for the process to end.</summary>
    public async Task<int> InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(Patience);
        await process.WaitForExitAsync(timeout.Token);
        await pumps;
        return process.ExitCode;
    }

    public async Task<List<string>> RemainingOutputAsync()
    {
        var lines = new List<string>();
        await foreach (var line in output.Reader.ReadAllAsync())
        {
            lines.Add(line);
        }

        return lines;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static async Task<List<string>> ReadUntilAsync(ChannelReader<string> reader, Func<string, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var lines = new List<string>();
        while (true)
        {
            var line = await reader.ReadAsync(timeout.Token);
            lines.Add(line);
            if (match(line))
            {
                return lines;
            }
        }
    }

    private static async Task Pump(StreamReader reader, ChannelWriter<string> writer)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            await writer.WriteAsync(line);
        }

        writer.Complete();
    }
}
