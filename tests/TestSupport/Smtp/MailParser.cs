using System.Text;
using System.Text.RegularExpressions;

namespace Inkan.TestSupport.Smtp;

/// <summary>
/// A small parser for single-part text mails as System.Net.Mail writes them: unfolds headers, decodes RFC 2047
/// encoded words (B and Q) and the body's transfer encoding (base64, quoted-printable, 7bit, 8bit).
/// </summary>
public static partial class MailParser
{
    /// <summary>Parses the bytes of one stored mail.</summary>
    /// <exception cref="FormatException">The mail has no header block, or its parts cannot be decoded.</exception>
    /// <exception cref="NotSupportedException">The mail is multipart.</exception>
    public static ReceivedMail Parse(string fileName, byte[] raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var (headerEnd, bodyStart) = FindBlankLine(raw);
        var rawHeaders = Encoding.UTF8.GetString(raw, 0, headerEnd);
        var headers = ParseHeaders(rawHeaders);
        string? Get(string name) => headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

        var contentType = Get("Content-Type") ?? "text/plain; charset=us-ascii";
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"The test mail parser reads single-part mails only, not {contentType}.");
        }

        var charset = CharsetPattern().Match(contentType) is { Success: true } m ? m.Groups[1].Value : "utf-8";
        var encoding = Encoding.GetEncoding(charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) ? "utf-8" : charset);
        var bodyBytes = raw.AsSpan(bodyStart).ToArray();
        var transfer = (Get("Content-Transfer-Encoding") ?? "7bit").Trim().ToLowerInvariant();
        var decoded = transfer switch
        {
            "base64" => Convert.FromBase64String(Encoding.ASCII.GetString(bodyBytes).Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal)),
            "quoted-printable" => DecodeQuotedPrintable(Encoding.ASCII.GetString(bodyBytes), inHeader: false),
            _ => bodyBytes,
        };
        var body = encoding.GetString(decoded).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new ReceivedMail(fileName, headers, body, rawHeaders);
    }

    /// <summary>
    /// Decodes the RFC 2047 encoded words of a header value. White space between two encoded words is dropped, and
    /// adjacent words of one charset are decoded together (an encoder may split a character's bytes between them).
    /// </summary>
    public static string DecodeHeader(string value)
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

    private static List<KeyValuePair<string, string>> ParseHeaders(string block)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in block.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + line);
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"Not a header line: '{line}'.");
            }

            headers.Add(new(line[..colon], line[(colon + 1)..].Trim()));
        }

        return [.. headers.Select(h => new KeyValuePair<string, string>(h.Key, DecodeHeader(h.Value)))];
    }

    private static (int HeaderEnd, int BodyStart) FindBlankLine(byte[] raw)
    {
        for (var i = 0; i < raw.Length - 1; i++)
        {
            if (raw[i] == '\n' && raw[i + 1] == '\n')
            {
                return (i, i + 2);
            }

            if (raw[i] == '\n' && i + 2 < raw.Length && raw[i + 1] == '\r' && raw[i + 2] == '\n')
            {
                return (i - (i > 0 && raw[i - 1] == '\r' ? 1 : 0), i + 3);
            }
        }

        throw new FormatException("The mail has no blank line after its headers.");
    }

    private static byte[] DecodeQuotedPrintable(string text, bool inHeader)
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

    [GeneratedRegex(@"charset=""?([^"";\s]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();

    [GeneratedRegex(@"(\?=)\s+(=\?)")]
    private static partial Regex AdjacentWordsPattern();
}
