using System.CommandLine;
using Inkan.TokenEmulator.Camera;
using Inkan.TokenEmulator.Cli;
using Inkan.TokenEmulator.Display;
using Inkan.TokenEmulator.Watching;

namespace Inkan.TokenEmulator.Commands;

/// <summary>
/// <c>watch DIR (--key HEX | --token SERIAL [--store DIR])</c>: one token kept open; every PNG or JPEG dropped into
/// DIR is scanned and the device's screen drawn, until Ctrl+C. A bad image prints one error line and watching goes on.
/// </summary>
internal static class WatchCommand
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(250);

    public static Command Create(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = "The directory to watch for screenshots (PNG or JPEG)." };
        var keys = new TokenKeyOptions();
        var command = new Command("watch", "Keeps a token open and scans every new image dropped into a directory, until Ctrl+C.") { directory };
        keys.AddTo(command);
        GuardedAction.Set(command, context, async (result, cancellation) =>
        {
            var folder = result.GetRequiredValue(directory);
            if (!folder.Exists)
            {
                throw new EmulatorException($"no such directory: {folder.FullName}");
            }

            var key = keys.Resolve(result);
            using var watcher = new ImageDropWatcher(folder.FullName);
            await context.Output.WriteLineAsync($"Watching {folder.FullName} for new PNG/JPEG images; press Ctrl+C to stop.").ConfigureAwait(false);
            await context.Output.FlushAsync(cancellation).ConfigureAwait(false);
            try
            {
                await foreach (var image in watcher.NewImagesAsync(Settle, context.Time, cancellation).ConfigureAwait(false))
                {
                    await ShowAsync(context, image, key, cancellation).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
            {
                // Ctrl+C: System.CommandLine ends the process with status 130; nothing is left to clean up.
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task ShowAsync(CliContext context, string image, byte[] key, CancellationToken cancellation)
    {
        try
        {
            var screen = TokenScreen.Read(await ZbarCamera.ReadAsync(image, cancellation).ConfigureAwait(false), key);
            await context.Output.WriteLineAsync($"{Path.GetFileName(image)}:").ConfigureAwait(false);
            foreach (var line in BoxScreen.Render(screen))
            {
                await context.Output.WriteLineAsync(line).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // A bad screenshot must not end the session: report it in one line and keep watching.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync(ErrorLine.For(e)).ConfigureAwait(false);
        }

        await context.Output.FlushAsync(cancellation).ConfigureAwait(false);
    }
}
