using System.Globalization;

namespace Inkan.Protocol.Txa;

/// <summary>The field rules of SPEC section 7, shared by building and parsing; each failure names its field.</summary>
internal static class TxaFields
{
    public const int KanaDisplayLength = 10;
    public const long MaxAmount = 9_999_999_999_999;

    public static string Kana(string? value, string field)
    {
        Present(value, field);
        foreach (var c in value)
        {
            if (!IsKana(c))
            {
                throw new TxaFormatException(field, $"{field} may hold only half-width katakana, A-Z, 0-9, space and ( ) . - /, not '{c}' (U+{(int)c:X4}).");
            }
        }

        if (value[0] == ' ' || value[^1] == ' ')
        {
            throw new TxaFormatException(field, $"{field} must not begin or end with a space.");
        }

        return value;
    }

    public static string TruncateKana(string value) =>
        value.Length <= KanaDisplayLength ? value : value[..KanaDisplayLength].TrimEnd(' ');

    public static string LoginId(string? value, string field)
    {
        Present(value, field);
        if (value.Length is < 4 or > 32 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
        {
            throw new TxaFormatException(field, $"{field} must be 4 to 32 characters of A-Z a-z 0-9 . _ -.");
        }

        return value;
    }

    public static string Digits(string? value, int min, int max, string field)
    {
        Present(value, field);
        if (value.Length < min || value.Length > max || !value.All(char.IsAsciiDigit))
        {
            var count = min == max ? $"{min}" : $"{min} to {max}";
            throw new TxaFormatException(field, $"{field} must be {count} decimal digits.");
        }

        return value;
    }

    /// <summary>Writes a positive amount or count as decimal digits without separators or leading zeros.</summary>
    public static string Number(long value, string field) =>
        value is >= 1 and <= MaxAmount
            ? value.ToString(CultureInfo.InvariantCulture)
            : throw new TxaFormatException(field, $"{field} must be from 1 to {MaxAmount}.");

    public static long ParseNumber(string text, string field)
    {
        if (text.Length is 0 or > 13 || text[0] == '0' || !text.All(char.IsAsciiDigit))
        {
            throw new TxaFormatException(field, $"{field} must be 1 to 13 decimal digits without separators or leading zeros.");
        }

        return long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    public static string Date(DateOnly value) => value.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(string text, string field) =>
        text.Length == 8 && text.All(char.IsAsciiDigit)
            && DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new TxaFormatException(field, $"{field} must be a date written YYYYMMDD.");

    public static string Name<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value)
            ? value.ToString()
            : throw new TxaFormatException(field, $"{field} has no TXA1 name for the value {value}.");

    public static TEnum ParseName<TEnum>(string text, string field)
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(value.ToString(), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new TxaFormatException(field, $"{field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");
    }

    public static string Nonce(string? value) =>
        TxaNonce.IsValid(value)
            ? value!
            : throw new TxaFormatException("Nonce", "Nonce must be 32 upper-case hexadecimal characters.");

    private static bool IsKana(char c) =>
        c is (>= '\uFF66' and <= '\uFF9F') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or ' ' or '(' or ')' or '.' or '-' or '/';

    private static void Present([System.Diagnostics.CodeAnalysis.NotNull] string? value, string field)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new TxaFormatException(field, $"{field} must not be empty.");
        }
    }
}
