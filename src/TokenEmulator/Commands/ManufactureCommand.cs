using System.CommandLine;
using Inkan.Protocol.Tokens;
using Inkan.TokenEmulator.Cli;
using Inkan.TokenEmulator.Manufacturing;

namespace Inkan.TokenEmulator.Commands;

/// <summary>
/// <c>manufacture --count N --out DIR [--first-serial S] [--batch-id ID]</c>: makes new tokens, writes the bank's
/// import files and the emulator's key store into DIR, and prints the serials, one a line.
/// </summary>
internal static class ManufactureCommand
{
    public static Command Create(CliContext context)
    {
        var count = new Option<int>("--count") { Description = $"How many tokens to make (1 to {TokenFactory.MaxCount}).", Required = true };
        var output = new Option<DirectoryInfo>("--out") { Description = "The directory for batch.json, batch.pskc.xml and the key store tokens.json.", Required = true };
        var firstSerial = new Option<string>("--first-serial") { Description = "The first serial (10 digits); the others follow it. Default: a random start." };
        var batchId = new Option<string>("--batch-id") { Description = "The batch identifier written in both import files. Default: emulator-<first serial>." };

        var command = new Command("manufacture", "Makes a batch of new tokens: import files for the bank and the emulator's key store.")
        {
            count, output, firstSerial, batchId,
        };
        GuardedAction.Set(command, context, result =>
        {
            var tokens = TokenFactory.Make(result.GetValue(count), result.GetValue(firstSerial));
            var id = result.GetValue(batchId) ?? $"emulator-{tokens[0].Serial}";
            if (!TokenBatchId.IsValid(id))
            {
                throw new EmulatorException("--batch-id must be 1-64 characters of A-Z a-z 0-9 . _ - starting with a letter or _");
            }

            BatchFiles.Write(result.GetRequiredValue(output).FullName, tokens, id);
            foreach (var token in tokens)
            {
                context.Output.WriteLine(token.Serial);
            }
        });
        return command;
    }
}
