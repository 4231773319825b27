using System.Globalization;

namespace Inkan.Protocol.Ocra;

/// <summary>Reads <c>OCRA-1:HOTP-SHAx-t:DataInput</c> strictly (upper case throughout).</summary>
internal static class OcraSuiteParser
{
    public static OcraSuite Parse(string suite)
    {
        ArgumentNullException.ThrowIfNull(suite);
        var parts = suite.Split(':');
        if (parts.Length != 3)
        {
            throw Fail(suite, "it must have three parts separated by ':' (Algorithm:CryptoFunction:DataInput)");
        }

        if (parts[0] != "OCRA-1")
        {
            throw Fail(suite, $"the algorithm '{parts[0]}' is not 'OCRA-1'");
        }

        var (hash, digits) = ParseCryptoFunction(suite, parts[1]);
        var inputs = OcraDataInputParser.Parse(suite, parts[2]);
        return new OcraSuite(suite, hash, digits, inputs.Counter, inputs.QuestionFormat, inputs.QuestionLength,
            inputs.PinHash, inputs.SessionLength, inputs.TimeStep);
    }

    private static (OcraHash Hash, int Digits) ParseCryptoFunction(string suite, string function)
    {
        var pieces = function.Split('-');
        if (pieces.Length != 3 || pieces[0] != "HOTP")
        {
            throw Fail(suite, $"the crypto function '{function}' is not of the form HOTP-SHAx-t");
        }

        var hash = ParseHash(pieces[1])
            ?? throw Fail(suite, $"the crypto function's hash '{pieces[1]}' is not SHA1, SHA256 or SHA512");
        var digits = ParseCanonicalNumber(pieces[2]);
        if (digits is not (0 or (>= 4 and <= 10)))
        {
            throw Fail(suite, $"the truncation '{pieces[2]}' is not 0 or 4 to 10 digits");
        }

        return (hash, digits.Value);
    }

    internal static OcraHash? ParseHash(string name) => name switch
    {
        "SHA1" => OcraHash.Sha1,
        "SHA256" => OcraHash.Sha256,
        "SHA512" => OcraHash.Sha512,
        _ => null,
    };

    /// <summary>A number written without a leading zero, as the RFC writes truncations and time steps.</summary>
    internal static int? ParseCanonicalNumber(string text) =>
        text.Length > 1 && text[0] == '0' ? null : ParseNumber(text);

    internal static int? ParseNumber(string text) =>
        text.Length is > 0 and <= 2 && text.All(char.IsAsciiDigit)
            ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;

    internal static OcraSuiteException Fail(string suite, string reason) =>
        new($"The OCRA suite '{suite}' is not valid: {reason}.");
}
