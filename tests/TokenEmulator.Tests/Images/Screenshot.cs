using Inkan.Protocol.Qr;

namespace Inkan.TokenEmulator.Tests.Images;

/// <summary>
/// Builds a fake browser screenshot: a grey title bar, lines of dark "text" blocks, a framed panel and, optionally,
/// QR codes rendered by the server's <see cref="TxaQrCode"/> pasted somewhere inside, away from the corner.
/// </summary>
internal static class Screenshot
{
    public const int Width = 900;
    public const int Height = 700;

    public static GrayImage Page(params (string Payload, int X, int Y)[] codes)
    {
        var page = new GrayImage(Width, Height);
        page.Fill(0, 0, Width, 48, 200);
        page.Fill(16, 14, 120, 20, 60);
        var random = new Random(4);
        for (var line = 0; line < 14; line++)
        {
            var x = 40;
            while (x < 380)
            {
                var word = random.Next(12, 50);
                page.Fill(x, 80 + (line * 24), word, 12, (byte)random.Next(0, 90));
                x += word + 8;
            }
        }

        page.Fill(440, 90, 420, 2, 120);
        page.Fill(440, 90, 2, 560, 120);
        foreach (var (payload, x, y) in codes)
        {
            page.Paste(PngCodec.Decode(TxaQrCode.RenderPng(payload, pixelsPerModule: 4)), x, y);
        }

        return page;
    }

    public static byte[] Png(params (string Payload, int X, int Y)[] codes) => PngCodec.Encode(Page(codes));
}
