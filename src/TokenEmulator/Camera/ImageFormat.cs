namespace Inkan.TokenEmulator.Camera;

/// <summary>Recognizes the image files the camera takes (PNG and JPEG) by their first bytes, whatever their name.</summary>
internal static class ImageFormat
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>The file extensions that <c>watch</c> treats as images.</summary>
    public static readonly IReadOnlySet<string> Extensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".png", ".jpg", ".jpeg" };

    public static bool IsPngOrJpeg(string path)
    {
        Span<byte> head = stackalloc byte[Png.Length];
        using var stream = File.OpenRead(path);
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var bytes = head[..read];
        return bytes.StartsWith(Png) || bytes.StartsWith(Jpeg);
    }
}
