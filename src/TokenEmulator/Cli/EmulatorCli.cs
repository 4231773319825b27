using System.CommandLine;
using System.CommandLine.Invocation;
using Inkan.TokenEmulator.Commands;

namespace Inkan.TokenEmulator.Cli;

/// <summary>The emulator's command line: builds the commands, reports a wrong command line as one line, runs the command.</summary>
internal static class EmulatorCli
{
    public static RootCommand Build(CliContext context) =>
        new("Inkan token emulator: the camera token in software (TXA1 codes, OCRA responses, token batches).")
        {
            OcraCommand.Create(context),
            CodeCommand.Create(context),
            ScanCommand.Create(context),
            ManufactureCommand.Create(context),
            WatchCommand.Create(context),
            LoadCommand.Create(context),
        };

    public static async Task<int> RunAsync(string[] args, CliContext context)
    {
        var result = Build(context).Parse(args);
        if (result.Action is ParseErrorAction)
        {
            var messages = string.Join("; ", result.Errors.Select(e => e.Message.TrimEnd('.')));
            await context.Error.WriteLineAsync($"error: {messages} (see --help)").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error };
        return await result.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
