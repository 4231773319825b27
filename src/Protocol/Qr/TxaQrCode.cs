using QRCoder;

namespace Inkan.Protocol.Qr;

/// <summary>
/// Renders a TXA1 payload as a QR code: byte mode carrying the UTF-8 bytes, marked with the UTF-8 ECI so that
/// a reader need not guess the character set (half-width kana would otherwise read as Shift_JIS or Latin-1),
/// error correction level M.
/// </summary>
public static class TxaQrCode
{
    /// <summary>Renders the payload as a PNG image with the given number of pixels per module.</summary>
    public static byte[] RenderPng(string payload, int pixelsPerModule = 6)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var data = Encode(payload);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    /// <summary>Renders the payload as an SVG document that scales to its container.</summary>
    public static string RenderSvg(string payload)
    {
        using var data = Encode(payload);
        return new SvgQRCode(data).GetGraphic(new System.Drawing.Size(256, 256), "#000000", "#ffffff",
            drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    private static QRCodeData Encode(string payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        return QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M, forceUtf8: true, eciMode: QRCodeGenerator.EciMode.Utf8);
    }
}
