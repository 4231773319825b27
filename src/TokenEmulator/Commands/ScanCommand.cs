using System.CommandLine;
using Inkan.TokenEmulator.Camera;
using Inkan.TokenEmulator.Cli;
using Inkan.TokenEmulator.Display;

namespace Inkan.TokenEmulator.Commands;

/// <summary>
/// <c>scan (--image FILE | --payload TEXT) (--key HEX | --token SERIAL [--store DIR]) [--screen]</c>: reads the QR
/// code (or the payload text) and prints what the token shows, the code on the last line.
/// </summary>
internal static class ScanCommand
{
    public static Command Create(CliContext context)
    {
        var image = new Option<FileInfo>("--image") { Description = "A PNG or JPEG (e.g. a screenshot) with the QR code anywhere in it." };
        var payload = new Option<string>("--payload") { Description = "The TXA1 payload text, instead of an image." };
        var screen = new Option<bool>("--screen") { Description = "Draw the token's screen as a box instead of plain lines." };
        var keys = new TokenKeyOptions();

        var command = new Command("scan", "Shows what the token displays for a QR code or payload, and the code.") { image, payload, screen };
        keys.AddTo(command);
        command.Validators.Add(result =>
        {
            if ((result.GetResult(image) is null) == (result.GetResult(payload) is null))
            {
                result.AddError("Give exactly one of --image and --payload.");
            }
        });
        GuardedAction.Set(command, context, async (result, cancellation) =>
        {
            var key = keys.Resolve(result);
            var text = result.GetValue(payload)
                ?? await ZbarCamera.ReadAsync(result.GetRequiredValue(image).FullName, cancellation).ConfigureAwait(false);
            var tokenScreen = TokenScreen.Read(text, key);
            var lines = result.GetValue(screen) ? BoxScreen.Render(tokenScreen) : PlainScreen.Render(tokenScreen);
            foreach (var line in lines)
            {
                await context.Output.WriteLineAsync(line).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
