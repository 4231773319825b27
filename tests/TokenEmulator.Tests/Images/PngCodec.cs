using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Inkan.TokenEmulator.Tests.Images;

/// <summary>
/// A minimal PNG reader (non-interlaced; grey, RGB, palette, with or without alpha; 1 to 8 bits) and writer
/// (8-bit grey), so that tests can take the server's rendered QR code and paste it into a larger screenshot.
/// </summary>
internal static class PngCodec
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static GrayImage Decode(byte[] png)
    {
        Assert.True(png.AsSpan().StartsWith(Signature), "not a PNG");
        int width = 0, height = 0, depth = 0, colorType = 0;
        byte[] palette = [];
        using var compressed = new MemoryStream();
        for (var at = Signature.Length; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = Encoding.ASCII.GetString(png, at + 4, 4);
            var data = png.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    (depth, colorType) = (data[8], data[9]);
                    Assert.Equal(0, data[12]);
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            at += 12 + length;
        }

        compressed.Position = 0;
        using var inflate = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflate.CopyTo(raw);
        return ToGray(Unfilter(raw.ToArray(), width, height, depth, colorType), width, height, depth, colorType, palette);
    }

    public static byte[] Encode(GrayImage image)
    {
        var raw = new byte[(image.Width + 1) * image.Height];
        for (var y = 0; y < image.Height; y++)
        {
            Array.Copy(image.Pixels, y * image.Width, raw, (y * (image.Width + 1)) + 1, image.Width);
        }

        using var compressed = new MemoryStream();
        using (var deflate = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), image.Height);
        header[8] = 8;
        using var png = new MemoryStream();
        png.Write(Signature);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, PngCrc.Of(typed));
        png.Write(number);
    }

    private static byte[][] Unfilter(byte[] raw, int width, int height, int depth, int colorType)
    {
        var channels = colorType switch { 0 or 3 => 1, 2 => 3, 4 => 2, _ => 4 };
        var bpp = Math.Max(1, channels * depth / 8);
        var stride = ((width * channels * depth) + 7) / 8;
        var rows = new byte[height][];
        var previous = new byte[stride];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan((y * (stride + 1)) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], corner = i >= bpp ? previous[i - bpp] : 0;
                row[i] += (byte)(filter switch { 1 => left, 2 => up, 3 => (left + up) / 2, 4 => Paeth(left, up, corner), _ => 0 });
            }

            rows[y] = previous = row;
        }

        return rows;
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static GrayImage ToGray(byte[][] rows, int width, int height, int depth, int colorType, byte[] palette)
    {
        var image = new GrayImage(width, height);
        var channels = colorType switch { 0 or 3 => 1, 2 => 3, 4 => 2, _ => 4 };
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var sample = Sample(rows[y], x * channels, depth);
                image[x, y] = colorType switch
                {
                    0 or 4 => (byte)(sample * 255 / ((1 << depth) - 1)),
                    3 => palette[sample * 3],
                    _ => rows[y][x * channels],
                };
            }
        }

        return image;
    }

    private static int Sample(byte[] row, int index, int depth) =>
        depth == 8 ? row[index] : (row[index * depth / 8] >> (8 - depth - (index * depth % 8))) & ((1 << depth) - 1);
}
