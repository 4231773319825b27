using System.CommandLine;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Commands;

/// <summary><c>code --key HEX --payload TEXT</c>: checks the TXA1 payload as the token would and prints its 8-digit code alone.</summary>
internal static class CodeCommand
{
    public static Command Create(CliContext context)
    {
        var key = HexOption.Bytes("--key", "The token's 32-byte secret in hexadecimal.", TokenSerial.KeyLength);
        key.Required = true;
        var payload = new Option<string>("--payload") { Description = "The TXA1 payload, e.g. 'TXA1|ACT|<nonce>|yamada.taro|0000000001'.", Required = true };

        var command = new Command("code", "Prints the 8-digit transaction authentication number of a TXA1 payload.") { key, payload };
        GuardedAction.Set(command, context, result =>
        {
            var text = result.GetRequiredValue(payload);
            _ = TxaPayload.Parse(text); // the token refuses a payload it cannot read, and so does this command
            context.Output.WriteLine(TxaCode.Compute(result.GetRequiredValue(key), text));
        });
        return command;
    }
}
