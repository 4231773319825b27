using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Inkan.TokenEmulator.Cli;

/// <summary>Options whose values are written in hexadecimal; a bad value is a command-line error that never echoes the value.</summary>
internal static class HexOption
{
    /// <summary>An option holding bytes, two hexadecimal digits each; with <paramref name="length"/>, exactly that many bytes.</summary>
    public static Option<byte[]> Bytes(string name, string description, int? length = null) =>
        new(name)
        {
            Description = description,
            CustomParser = result => ParseBytes(result, name, length),
        };

    /// <summary>An option holding a non-negative number written in hexadecimal, such as OCRA's timestamp in time steps.</summary>
    public static Option<long?> Number(string name, string description) =>
        new(name)
        {
            Description = description,
            CustomParser = result => ParseNumber(result, name),
        };

    /// <summary>The option's bytes, or null when it was not given (System.CommandLine gives an empty array for absent array options).</summary>
    public static byte[]? BytesOrNull(this ParseResult result, Option<byte[]> option) =>
        result.GetResult(option) is null ? null : result.GetValue(option);

    private static byte[]? ParseBytes(ArgumentResult result, string name, int? length)
    {
        var text = Single(result);
        if (text.Length == 0 || text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
        {
            result.AddError($"{name} must be hexadecimal, two digits per byte.");
            return null;
        }

        var bytes = Convert.FromHexString(text);
        if (length is { } expected && bytes.Length != expected)
        {
            result.AddError($"{name} must be {expected} bytes ({expected * 2} hexadecimal digits), not {bytes.Length}.");
            return null;
        }

        return bytes;
    }

    private static long? ParseNumber(ArgumentResult result, string name)
    {
        var text = Single(result);
        if (text.Length is 0 or > 15 || !long.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            result.AddError($"{name} must be 1 to 15 hexadecimal digits.");
            return null;
        }

        return value;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
}
