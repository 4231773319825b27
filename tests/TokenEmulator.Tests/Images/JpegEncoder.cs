namespace Inkan.TokenEmulator.Tests.Images;

/// <summary>
/// A minimal baseline JPEG encoder for greyscale pictures (one component, quality 90, the Annex K Huffman tables),
/// so that tests can show the emulator a JPEG screenshot without any image library.
/// </summary>
internal static class JpegEncoder
{
    private const int Quality = 90;

    public static byte[] Encode(GrayImage image)
    {
        var quant = JpegTables.Luminance.Select(q => Math.Clamp(((q * (200 - (2 * Quality))) + 50) / 100, 1, 255)).ToArray();
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        Segment(jpeg, 0xE0, [(byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(jpeg, 0xDB, [0, .. JpegTables.ZigZag.Select(i => (byte)quant[i])]);
        Segment(jpeg, 0xC0, [8, (byte)(image.Height >> 8), (byte)image.Height, (byte)(image.Width >> 8), (byte)image.Width, 1, 1, 0x11, 0]);
        Segment(jpeg, 0xC4, [0x00, .. JpegTables.DcBits, .. JpegTables.DcValues, 0x10, .. JpegTables.AcBits, .. JpegTables.AcValues]);
        Segment(jpeg, 0xDA, [1, 1, 0x00, 0, 63, 0]);

        var bits = new JpegBitWriter(jpeg);
        var dc = JpegTables.Codes(JpegTables.DcBits, JpegTables.DcValues);
        var ac = JpegTables.Codes(JpegTables.AcBits, JpegTables.AcValues);
        var previous = 0;
        for (var top = 0; top < image.Height; top += 8)
        {
            for (var left = 0; left < image.Width; left += 8)
            {
                var block = Quantize(Dct(image, left, top), quant);
                previous = EncodeBlock(bits, block, previous, dc, ac);
            }
        }

        bits.Flush();
        jpeg.Write([0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    private static void Segment(Stream jpeg, byte marker, byte[] data)
    {
        jpeg.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)(data.Length + 2)]);
        jpeg.Write(data);
    }

    private static double[] Dct(GrayImage image, int left, int top)
    {
        var samples = new double[64];
        for (var y = 0; y < 8; y++)
        {
            for (var x = 0; x < 8; x++)
            {
                samples[(y * 8) + x] = image[Math.Min(left + x, image.Width - 1), Math.Min(top + y, image.Height - 1)] - 128.0;
            }
        }

        var rows = new double[64];
        var result = new double[64];
        for (var i = 0; i < 8; i++)
        {
            for (var u = 0; u < 8; u++)
            {
                rows[(i * 8) + u] = Sum(k => samples[(i * 8) + k], u);
            }
        }

        for (var u = 0; u < 8; u++)
        {
            for (var v = 0; v < 8; v++)
            {
                result[(v * 8) + u] = Sum(k => rows[(k * 8) + u], v);
            }
        }

        return result;
    }

    private static double Sum(Func<int, double> sample, int frequency)
    {
        var scale = frequency == 0 ? Math.Sqrt(0.125) : 0.5;
        var total = 0.0;
        for (var k = 0; k < 8; k++)
        {
            total += sample(k) * Math.Cos(((2 * k) + 1) * frequency * Math.PI / 16);
        }

        return scale * total;
    }

    private static int[] Quantize(double[] coefficients, int[] quant) =>
        [.. JpegTables.ZigZag.Select(i => (int)Math.Round(coefficients[i] / quant[i]))];

    private static int EncodeBlock(JpegBitWriter bits, int[] block, int previous, (int Code, int Length)[] dc, (int Code, int Length)[] ac)
    {
        var size = Magnitude(block[0] - previous);
        bits.Write(dc[size].Code, dc[size].Length);
        bits.Write(Amplitude(block[0] - previous, size), size);
        var zeros = 0;
        for (var i = 1; i < 64; i++)
        {
            if (block[i] == 0)
            {
                zeros++;
                continue;
            }

            for (; zeros >= 16; zeros -= 16)
            {
                bits.Write(ac[0xF0].Code, ac[0xF0].Length);
            }

            var magnitude = Magnitude(block[i]);
            var symbol = (zeros << 4) | magnitude;
            bits.Write(ac[symbol].Code, ac[symbol].Length);
            bits.Write(Amplitude(block[i], magnitude), magnitude);
            zeros = 0;
        }

        if (zeros > 0)
        {
            bits.Write(ac[0].Code, ac[0].Length);
        }

        return block[0];
    }

    private static int Magnitude(int value)
    {
        var size = 0;
        for (var v = Math.Abs(value); v > 0; v >>= 1)
        {
            size++;
        }

        return size;
    }

    private static int Amplitude(int value, int size) => value >= 0 ? value : value + (1 << size) - 1;
}
