using Inkan.Protocol.Ocra;
using Inkan.Protocol.Txa;

namespace Inkan.TokenEmulator.Cli;

/// <summary>Turns any failure into the single line the emulator prints on stderr: no stack trace, no line breaks, no control characters.</summary>
internal static class ErrorLine
{
    public static string For(Exception exception)
    {
        var text = exception switch
        {
            TxaFormatException e => $"not a valid TXA1 payload ({e.Field}): {e.Message}",
            OcraSuiteException e => $"bad OCRA suite: {e.Message}",
            HttpRequestException e => $"no answer from the gateway: {e.Message}",
            ArgumentException e when e.ParamName is not null => e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal),
            EmulatorException or FormatException or ArgumentException or IOException or UnauthorizedAccessException => exception.Message,
            _ => $"unexpected {exception.GetType().Name}: {exception.Message}",
        };
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        // Messages may quote a scanned payload: its control characters (an escape sequence, say) must not reach the terminal.
        return "error: " + string.Concat(line.Select(c => char.IsControl(c) ? '?' : c));
    }
}
