namespace Inkan.TokenEmulator.Tests.Images;

/// <summary>An 8-bit greyscale picture in memory (0 black, 255 white), enough to compose test screenshots.</summary>
internal sealed class GrayImage
{
    public GrayImage(int width, int height, byte background = 255)
    {
        Width = width;
        Height = height;
        Pixels = new byte[width * height];
        Array.Fill(Pixels, background);
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public byte this[int x, int y]
    {
        get => Pixels[(y * Width) + x];
        set => Pixels[(y * Width) + x] = value;
    }

    public void Fill(int x, int y, int width, int height, byte value)
    {
        for (var row = Math.Max(0, y); row < Math.Min(Height, y + height); row++)
        {
            Array.Fill(Pixels, value, (row * Width) + Math.Max(0, x), Math.Max(0, Math.Min(Width, x + width) - Math.Max(0, x)));
        }
    }

    public void Paste(GrayImage picture, int x, int y)
    {
        for (var row = 0; row < picture.Height; row++)
        {
            Array.Copy(picture.Pixels, row * picture.Width, Pixels, ((y + row) * Width) + x, picture.Width);
        }
    }
}
