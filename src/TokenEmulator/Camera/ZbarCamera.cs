using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Inkan.Protocol.Txa;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Camera;

/// <summary>
/// The token's camera: finds the QR code anywhere in a PNG or JPEG with zbar's <c>zbarimg</c> and returns its text.
/// zbar is told to hand over the raw bytes (<c>qrcode.binary</c>), which are then read as UTF-8, because its own
/// character-set guessing can mistake UTF-8 half-width kana for Shift_JIS. Its XML output tells where each symbol's
/// bytes end, so a line break inside a symbol stays in it (and fails as a TXA1 payload, SPEC section 7).
/// </summary>
internal static class ZbarCamera
{
    private const int NoSymbolFound = 4;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<string> ReadAsync(string path, CancellationToken cancellation)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new EmulatorException($"image not found: {path}");
        }

        if (!ImageFormat.IsPngOrJpeg(fullPath))
        {
            throw new EmulatorException($"not a PNG or JPEG image: {path}");
        }

        var layout = await ScanAsync(fullPath, path, "--xml", cancellation).ConfigureAwait(false);
        var raw = await ScanAsync(fullPath, path, "--raw", cancellation).ConfigureAwait(false);
        return SinglePayload(ZbarSymbols.Split(raw, ZbarSymbols.Lengths(layout), path), path);
    }

    private static async Task<byte[]> ScanAsync(string fullPath, string path, string format, CancellationToken cancellation)
    {
        var (exitCode, output, error) = await RunZbarAsync(fullPath, format, cancellation).ConfigureAwait(false);
        return exitCode switch
        {
            0 => output,
            NoSymbolFound => throw new EmulatorException($"no QR code found in {path}"),
            _ => throw new EmulatorException($"zbarimg could not read {path}: {LastError(error)}"),
        };
    }

    private static string SinglePayload(IReadOnlyList<byte[]> symbolBytes, string path)
    {
        List<string> symbols;
        try
        {
            symbols = symbolBytes.Where(b => b.Length > 0).Select(StrictUtf8.GetString).Distinct(StringComparer.Ordinal).ToList();
        }
        catch (DecoderFallbackException e)
        {
            throw new EmulatorException($"the QR code in {path} is not UTF-8 text", e);
        }

        var payloads = symbols.Where(s => s.StartsWith(TxaPayload.Prefix + TxaPayload.Separator, StringComparison.Ordinal)).ToList();
        return payloads.Count switch
        {
            1 => payloads[0],
            > 1 => throw new EmulatorException($"{path} holds {payloads.Count} different TXA1 codes; show the token only one"),
            _ when symbols.Count > 0 => symbols[0],
            _ => throw new EmulatorException($"no QR code found in {path}"),
        };
    }

    private static async Task<(int ExitCode, byte[] Output, string Error)> RunZbarAsync(string fullPath, string format, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("zbarimg")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { format, "-q", "--nodbus", "-Sdisable", "-Sqrcode.enable", "-Sqrcode.binary", fullPath },
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new EmulatorException("zbarimg did not start");
        }
        catch (Win32Exception e)
        {
            throw new EmulatorException("zbarimg is not installed (apt-get install zbar-tools)", e);
        }

        using (process)
        {
            using var output = new MemoryStream();
            var copy = process.StandardOutput.BaseStream.CopyToAsync(output, cancellation);
            var error = process.StandardError.ReadToEndAsync(cancellation);
            try
            {
                await Task.WhenAll(copy, error, process.WaitForExitAsync(cancellation)).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            return (process.ExitCode, output.ToArray(), await error.ConfigureAwait(false));
        }
    }

    private static string LastError(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault(line => !line.StartsWith("Connection ", StringComparison.Ordinal)) ?? "unknown error";
}
