using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Camera;

/// <summary>
/// Splits <c>zbarimg --raw</c> output into its symbols. Raw output ends each symbol with a line break, which a symbol
/// may hold too, so the boundaries come from the XML output of the same image: each symbol's length in bytes (zbar's
/// base64 in that XML garbles bytes above 0x7F, so only its lengths are used).
/// </summary>
internal static class ZbarSymbols
{
    /// <summary>The byte length of each symbol in <c>zbarimg --xml</c> output, in order.</summary>
    public static IReadOnlyList<int> Lengths(byte[] xml)
    {
        try
        {
            using var stream = new MemoryStream(xml);
            return XDocument.Load(stream).Descendants().Where(e => e.Name.LocalName == "data").Select(Length).ToList();
        }
        catch (Exception e) when (e is XmlException or FormatException or OverflowException)
        {
            throw new EmulatorException("zbarimg's XML output could not be read", e);
        }
    }

    /// <summary>The symbols of <paramref name="raw"/>, cut at <paramref name="lengths"/>, each followed by zbar's line break.</summary>
    public static IReadOnlyList<byte[]> Split(byte[] raw, IReadOnlyList<int> lengths, string path)
    {
        var symbols = new List<byte[]>(lengths.Count);
        var position = 0;
        foreach (var length in lengths)
        {
            var end = position + length;
            if (end >= raw.Length || raw[end] != (byte)'\n')
            {
                throw new EmulatorException($"zbarimg's two readings of {path} disagree; show the token the QR code again");
            }

            symbols.Add(raw[position..end]);
            position = end + 1;
        }

        return position == raw.Length
            ? symbols
            : throw new EmulatorException($"zbarimg's two readings of {path} disagree; show the token the QR code again");
    }

    private static int Length(XElement data)
        => data.Attribute("length") is { } length
            ? int.Parse(length.Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : Encoding.UTF8.GetByteCount(data.Value);
}
