using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Inkan.Gateway.Tests.Processes;

/// <summary>
/// The built gateway (<c>dotnet Inkan.Gateway.dll</c>, copied next to the tests) as a real process on 127.0.0.1 and a
/// free port, with its data directory and a configured bank API key holding both scopes. <see cref="Kill"/> is a SIGKILL, <see cref="TerminateAsync"/> a SIGTERM.
/// </summary>
public sealed class GatewayProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private GatewayProcess(Process process, Uri url, string apiKey)
    {
        _process = process;
        Url = url;
        ApiKey = apiKey;
    }

    /// <summary>Where the gateway listens.</summary>
    public Uri Url { get; }

    /// <summary>A bank API key with the <c>transactions</c> and <c>backoffice</c> scopes.</summary>
    public string ApiKey { get; }

    /// <summary>What the process wrote so far (warnings and errors, and the lifetime messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the gateway on <paramref name="dataDirectory"/> with <paramref name="settings"/> (configuration keys, <c>:</c> separated) and waits until it serves.</summary>
    public static async Task<GatewayProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, ProcessKey? key = null)
    {
        key ??= ProcessKey.Create();
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = StartInfo(url, dataDirectory, settings, key);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var gateway = new GatewayProcess(process, url, key.ApiKey);
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (gateway._output)
            {
                gateway._output.AppendLine(e.Data);
            }

            if (e.Data.Contains("Application started", StringComparison.Ordinal))
            {
                started.TrySetResult();
            }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"The gateway exited while starting:\n{gateway.Output}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await started.Task.WaitAsync(StartTimeout);
        return gateway;
    }

    /// <summary>Runs the gateway with <paramref name="settings"/> that must keep it from starting; answers its exit status and everything it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(string dataDirectory, IReadOnlyDictionary<string, string> settings)
    {
        var start = StartInfo(new Uri($"http://127.0.0.1:{FreePort()}"), dataDirectory, settings, ProcessKey.Create());
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>A client of the gateway's URL that sends <see cref="ApiKey"/>.</summary>
    public HttpClient CreateClient()
    {
        var client = new HttpClient { BaseAddress = Url };
        client.DefaultRequestHeaders.Authorization = new("Bearer", ApiKey);
        return client;
    }

    /// <summary>Asks the process to stop (SIGTERM, as a service manager does) and waits until it has exited; answers its exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using (var signal = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await signal.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once (SIGKILL): no shutdown, no flush.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(Uri url, string dataDirectory, IReadOnlyDictionary<string, string>? settings, ProcessKey key)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Inkan.Gateway.dll"));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = url.ToString(),
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DataDirectory"] = dataDirectory,
            ["Demo:Enabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
            [$"BankApi:Keys:{key.Id}:SecretSha256"] = key.SecretSha256,
            [$"BankApi:Keys:{key.Id}:Scopes"] = "transactions,backoffice",
            [$"BankApi:Keys:{key.Id}:CallbackSecret"] = "process-callback-secret-0123456789",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
