using System.Globalization;
using System.Numerics;

namespace Inkan.Protocol.Ocra;

/// <summary>
/// Turns a question into the bytes of the 128-byte Q field, as RFC 6287's reference code does: a numeric
/// question becomes the hexadecimal digits of its value, and hexadecimal digits fill the field from the left
/// (an odd last digit is the high half of its byte).
/// </summary>
internal static class OcraQuestion
{
    public const int FieldSize = 128;

    public static void Write(OcraQuestionFormat format, string question, Span<byte> field)
    {
        if (question.Length == 0)
        {
            throw new ArgumentException("The OCRA question must not be empty.", nameof(question));
        }

        switch (format)
        {
            case OcraQuestionFormat.Numeric:
                RequireAll(question, char.IsAsciiDigit, "decimal digits 0-9");
                var value = BigInteger.Parse(question, NumberStyles.None, CultureInfo.InvariantCulture);
                WriteHex(value.IsZero ? "0" : value.ToString("X", CultureInfo.InvariantCulture).TrimStart('0'), field);
                break;
            case OcraQuestionFormat.Alphanumeric:
                RequireAll(question, char.IsAsciiLetterOrDigit, "ASCII letters and digits");
                RequireFits(question.Length);
                for (var i = 0; i < question.Length; i++)
                {
                    field[i] = (byte)question[i];
                }

                break;
            default:
                RequireAll(question, char.IsAsciiHexDigit, "hexadecimal digits 0-9 A-F");
                WriteHex(question, field);
                break;
        }
    }

    private static void WriteHex(string hex, Span<byte> field)
    {
        RequireFits((hex.Length + 1) / 2);
        for (var i = 0; i < hex.Length; i++)
        {
            var nibble = (byte)int.Parse(hex.AsSpan(i, 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            field[i / 2] |= (byte)(i % 2 == 0 ? nibble << 4 : nibble);
        }
    }

    private static void RequireAll(string question, Func<char, bool> allowed, string what)
    {
        if (!question.All(allowed))
        {
            throw new ArgumentException($"The OCRA question must consist of {what} for this suite.", nameof(question));
        }
    }

    private static void RequireFits(int bytes)
    {
        if (bytes > FieldSize)
        {
            throw new ArgumentException($"The OCRA question is {bytes} bytes long; at most {FieldSize} fit.", "question");
        }
    }
}
