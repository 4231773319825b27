using System.CommandLine;
using Inkan.Protocol.Ocra;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Commands;

/// <summary>
/// <c>ocra --suite SUITE --key HEX [--counter N] [--question Q] [--pin-hash HEX] [--session HEX] [--timestamp HEX]</c>:
/// prints the RFC 6287 OCRA response alone.
/// </summary>
internal static class OcraCommand
{
    public static Command Create(CliContext context)
    {
        var suite = new Option<string>("--suite") { Description = "The OCRA suite, e.g. OCRA-1:HOTP-SHA256-8:QH64.", Required = true };
        var key = HexOption.Bytes("--key", "The key in hexadecimal (any length).");
        key.Required = true;
        var counter = new Option<long?>("--counter") { Description = "The counter C, for suites with C." };
        var question = new Option<string>("--question") { Description = "The question Q: decimal for QN, text for QA, hexadecimal for QH." };
        var pinHash = HexOption.Bytes("--pin-hash", "The PIN hash P in hexadecimal, for suites with P.");
        var session = HexOption.Bytes("--session", "The session information S in hexadecimal, for suites with S.");
        var timestamp = HexOption.Number("--timestamp", "The timestamp T as a hexadecimal number of time steps, for suites with T.");

        var command = new Command("ocra", "Computes an RFC 6287 OCRA response and prints it alone.")
        {
            suite, key, counter, question, pinHash, session, timestamp,
        };
        GuardedAction.Set(command, context, result =>
        {
            var input = new OcraInput
            {
                Counter = result.GetValue(counter),
                Question = result.GetValue(question),
                PinHash = result.BytesOrNull(pinHash),
                Session = result.BytesOrNull(session),
                TimeSteps = result.GetValue(timestamp),
            };
            context.Output.WriteLine(Ocra.Generate(OcraSuite.Parse(result.GetRequiredValue(suite)), result.GetRequiredValue(key), input));
        });
        return command;
    }
}
