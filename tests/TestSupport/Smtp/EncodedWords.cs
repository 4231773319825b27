using System.Text;
using System.Text.RegularExpressions;

namespace Inkan.TestSupport.Smtp;

/// <summary>Decodes RFC 2047 encoded words in header values, and quoted-printable text.</summary>
public static partial class EncodedWords
{
    /// <summary>
    /// Decodes the RFC 2047 encoded words of a header value. White space between two encoded words is dropped, and
    /// adjacent words of one charset are decoded together (an encoder may split a character's bytes between them).
    /// </summary>
    public static string Decode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var joined = AdjacentWordsPattern().Replace(value, "$1$2");
        var text = new StringBuilder();
        var pending = new List<byte>();
        Encoding? pendingEncoding = null;
        var position = 0;
        foreach (Match word in EncodedWordPattern().Matches(joined))
        {
            var encoding = Encoding.GetEncoding(word.Groups[1].Value);
            if (word.Index != position || !Equals(encoding, pendingEncoding))
            {
                Flush();
                text.Append(joined, position, word.Index - position);
            }

            pendingEncoding = encoding;
            pending.AddRange(word.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(word.Groups[3].Value)
                : DecodeQuotedPrintable(word.Groups[3].Value, inHeader: true));
            position = word.Index + word.Length;
        }

        Flush();
        return text.Append(joined, position, joined.Length - position).ToString();

        void Flush()
        {
            if (pendingEncoding is not null)
            {
                text.Append(pendingEncoding.GetString([.. pending]));
            }

            pending.Clear();
            pendingEncoding = null;
        }
    }

    /// <summary>Decodes quoted-printable text (in a header, "_" is a space).</summary>
    public static byte[] DecodeQuotedPrintable(string text, bool inHeader)
    {
        var bytes = new List<byte>(text.Length);
        var soft = text.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal);
        for (var i = 0; i < soft.Length; i++)
        {
            var c = soft[i];
            if (c == '=' && i + 2 < soft.Length && Uri.IsHexDigit(soft[i + 1]) && Uri.IsHexDigit(soft[i + 2]))
            {
                bytes.Add(Convert.ToByte(soft.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(inHeader && c == '_' ? (byte)' ' : (byte)c);
            }
        }

        return [.. bytes];
    }

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();

    [GeneratedRegex(@"(\?=)\s+(=\?)")]
    private static partial Regex AdjacentWordsPattern();
}
