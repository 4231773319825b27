using System.CommandLine;
using System.CommandLine.Parsing;
using Inkan.Protocol.Tokens;
using Inkan.TokenEmulator.Store;

namespace Inkan.TokenEmulator.Cli;

/// <summary>
/// How a command gets the token's secret: <c>--key HEX</c> directly, or <c>--token SERIAL</c> looked up in the
/// key store that <c>manufacture</c> wrote (<c>--store DIR</c>, default <c>./tokens</c>). Exactly one of the two.
/// </summary>
internal sealed class TokenKeyOptions
{
    /// <summary>The store directory used when <c>--store</c> is not given.</summary>
    public const string DefaultStore = "tokens";

    public Option<byte[]> Key { get; } = HexOption.Bytes("--key", "The token's 32-byte secret in hexadecimal.", TokenSerial.KeyLength);

    public Option<string> Token { get; } = new("--token")
    {
        Description = "The serial (10 digits) of a token made by 'manufacture'; its secret is read from --store.",
        CustomParser = ParseSerial,
    };

    public Option<DirectoryInfo> Store { get; } = new("--store")
    {
        Description = $"The emulator's key store directory (written by 'manufacture'); default ./{DefaultStore}.",
        DefaultValueFactory = _ => new DirectoryInfo(DefaultStore),
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Key);
        command.Options.Add(Token);
        command.Options.Add(Store);
        command.Validators.Add(Validate);
    }

    /// <summary>The secret to compute codes with: the --key value, or the stored key of --token.</summary>
    public byte[] Resolve(ParseResult result) =>
        result.BytesOrNull(Key) ?? new TokenStore(result.GetRequiredValue(Store).FullName).KeyOf(result.GetRequiredValue(Token));

    private void Validate(CommandResult result)
    {
        if ((result.GetResult(Key) is null) == (result.GetResult(Token) is null))
        {
            result.AddError("Give exactly one of --key and --token.");
        }
    }

    private static string? ParseSerial(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (TokenSerial.IsValid(text))
        {
            return text;
        }

        result.AddError($"--token must be a {TokenSerial.Length}-digit serial.");
        return null;
    }
}
