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
            "quoted-printable" => EncodedWords.DecodeQuotedPrintable(Encoding.ASCII.GetString(bodyBytes), inHeader: false),
            _ => bodyBytes,
        };
        var body = encoding.GetString(decoded).Replace("\r\n", "\n", StringComparison.Ordinal);
        return new ReceivedMail(fileName, headers, body, rawHeaders);
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

        return [.. headers.Select(h => new KeyValuePair<string, string>(h.Key, EncodedWords.Decode(h.Value)))];
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

    [GeneratedRegex(@"charset=""?([^"";\s]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
