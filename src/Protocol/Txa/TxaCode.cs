using System.Security.Cryptography;
using System.Text;
using Inkan.Protocol.Ocra;

namespace Inkan.Protocol.Txa;

/// <summary>
/// The 8-digit transaction authentication number of SPEC section 7: OCRA <c>OCRA-1:HOTP-SHA256-8:QH64</c> with
/// the token's secret as key and, as question, the 64 upper-case hexadecimal characters of SHA-256 over the payload's UTF-8 bytes.
/// </summary>
public static class TxaCode
{
    /// <summary>The OCRA suite every TXA1 code uses.</summary>
    public const string SuiteText = "OCRA-1:HOTP-SHA256-8:QH64";

    /// <summary>The number of digits of a code.</summary>
    public const int Length = 8;

    private static readonly OcraSuite Suite = OcraSuite.Parse(SuiteText);

    /// <summary>Computes the code the token shows for the payload.</summary>
    public static string Compute(ReadOnlySpan<byte> key, string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var question = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(payload)));
        return Ocra.Ocra.Generate(Suite, key, new OcraInput { Question = question });
    }

    /// <summary>Whether the code is the payload's code, compared in constant time; false for anything but 8 ASCII digits.</summary>
    public static bool Verify(ReadOnlySpan<byte> key, string payload, string? code)
    {
        if (code is not { Length: Length } || !code.All(char.IsAsciiDigit))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(key, payload));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(code));
    }
}
