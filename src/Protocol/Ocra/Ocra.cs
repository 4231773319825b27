using System.Buffers.Binary;
using System.Globalization;

namespace Inkan.Protocol.Ocra;

/// <summary>
/// RFC 6287 OCRA: an HMAC over <c>suite | 00 | C | Q | P | S | T</c>, truncated as HOTP does to the suite's
/// number of digits (or the whole HMAC in lower-case hexadecimal when the suite asks for 0 digits).
/// </summary>
public static class Ocra
{
    /// <summary>Computes the response; throws <see cref="ArgumentException"/> when the input does not match the suite.</summary>
    public static string Generate(OcraSuite suite, ReadOnlySpan<byte> key, OcraInput input)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(input);
        if (key.IsEmpty)
        {
            throw new ArgumentException("The OCRA key must not be empty.", nameof(key));
        }

        var message = OcraMessage.Build(suite, input);
        var hmac = OcraHashFunctions.Hmac(suite.Hash, key, message);
        return suite.Digits == 0 ? Convert.ToHexStringLower(hmac) : Truncate(hmac, suite.Digits);
    }

    private static string Truncate(byte[] hmac, int digits)
    {
        var offset = hmac[^1] & 0x0F;
        long binary = BinaryPrimitives.ReadInt32BigEndian(hmac.AsSpan(offset, 4)) & 0x7FFFFFFF;
        var modulus = 1L;
        for (var i = 0; i < digits; i++)
        {
            modulus *= 10;
        }

        return (binary % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
