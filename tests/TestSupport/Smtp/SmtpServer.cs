using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inkan.TestSupport.Smtp;

/// <summary>
/// A real SMTP server on loopback for tests: aiosmtpd with its Maildir handler (Debian <c>python3-aiosmtpd</c>).
/// It can be stopped and started again on the same port (a mail server that is down for a while), and returns
/// the mails it received, parsed. Killed and its Maildir deleted on dispose. Missing aiosmtpd fails loudly.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly StringBuilder _output = new();
    private Process? _process;

    private SmtpServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    /// <summary>The loopback port the server listens on (also while stopped: it comes back on the same one).</summary>
    public int Port { get; }

    /// <summary>The Maildir the server stores mails in.</summary>
    public string Maildir { get; }

    /// <summary>Whether the server process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>A server with a free port and an empty Maildir, not started yet.</summary>
    public static SmtpServer Create()
    {
        var maildir = Path.Combine(Path.GetTempPath(), $"inkan-smtp-{Guid.NewGuid():N}");
        foreach (var sub in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, sub));
        }

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new SmtpServer(port, maildir);
    }

    /// <summary>Creates and starts a server.</summary>
    public static async Task<SmtpServer> StartNewAsync()
    {
        var server = Create();
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server and waits until it greets on its port.</summary>
    /// <exception cref="InvalidOperationException">It is running already, aiosmtpd is missing, or it did not come up.</exception>
    public async Task StartAsync()
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("The SMTP server is running already.");
        }

        var info = new ProcessStartInfo(AiosmtpdPython.Path, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process?.Dispose();
        _process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        _process.OutputDataReceived += (_, e) => Record(e.Data);
        _process.ErrorDataReceived += (_, e) => Record(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitForGreetingAsync(_process);
    }

    /// <summary>Kills the server; mails already stored stay.</summary>
    public async Task StopAsync()
    {
        if (_process is { } process && !process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>The mails stored so far, oldest first.</summary>
    public IReadOnlyList<ReceivedMail> Mails() =>
        [.. new[] { "new", "cur" }
            .SelectMany(sub => new DirectoryInfo(Path.Combine(Maildir, sub)).GetFiles())
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => MailParser.Parse(f.Name, File.ReadAllBytes(f.FullName)))];

    /// <summary>Waits until at least <paramref name="count"/> mails are stored, then returns all of them.</summary>
    /// <exception cref="TimeoutException">Fewer arrived within <paramref name="timeout"/> (default 30 s).</exception>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForMailsAsync(int count, TimeSpan? timeout = null)
    {
        var newDir = Path.Combine(Maildir, "new");
        using var watcher = new FileSystemWatcher(newDir) { EnableRaisingEvents = true };
        var changed = new SemaphoreSlim(0);
        watcher.Created += (_, _) => changed.Release();
        watcher.Renamed += (_, _) => changed.Release();
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var mails = Mails();
            if (mails.Count >= count)
            {
                return mails;
            }

            try
            {
                // The watcher wakes us; the short period only covers an event lost to a race with the listing.
                await changed.WaitAsync(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{mails.Count} of {count} mails arrived at the SMTP server on port {Port}.");
            }
        }
    }

    /// <summary>Kills the server and deletes its Maildir.</summary>
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        if (Directory.Exists(Maildir))
        {
            Directory.Delete(Maildir, recursive: true);
        }
    }

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitForGreetingAsync(Process process)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (!await SmtpGreeting.TryAsync(Port, deadline.Token))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited with code {process.ExitCode} before listening on port {Port}:\n{Output()}");
            }

            if (deadline.IsCancellationRequested)
            {
                await StopAsync();
                throw new InvalidOperationException($"aiosmtpd did not greet on port {Port} within {StartTimeout}:\n{Output()}");
            }

            // Not listening yet: the process is still starting.
            await Task.Delay(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }
}
