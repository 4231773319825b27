using System.Diagnostics;

namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>Decodes a QR code image with Debian's <c>zbarimg</c>, as the token emulator's camera does.</summary>
public static class Zbar
{
    public static async Task<string> DecodeAsync(byte[] image, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"inkan-qr-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, image);
        try
        {
            var start = new ProcessStartInfo("zbarimg", ["--raw", "-q", path]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(0, process.ExitCode);
            return output.TrimEnd('\n');
        }
        finally
        {
            File.Delete(path);
        }
    }
}
