using System.Diagnostics;

namespace Inkan.Protocol.Tests.Qr;

/// <summary>Decodes an image file with the zbar command line tool, as an independent QR reader.</summary>
internal static class ZbarImage
{
    public static async Task<string> DecodeAsync(byte[] image, string extension)
    {
        var path = Path.Combine(Path.GetTempPath(), $"inkan-qr-{Guid.NewGuid():N}.{extension}");
        await File.WriteAllBytesAsync(path, image);
        try
        {
            var start = new ProcessStartInfo("zbarimg", ["--raw", "-q", path])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var zbar = Process.Start(start) ?? throw new InvalidOperationException("zbarimg did not start.");
            using var output = new MemoryStream();
            var copy = zbar.StandardOutput.BaseStream.CopyToAsync(output);
            var errors = zbar.StandardError.ReadToEndAsync();
            await Task.WhenAll(copy, errors, zbar.WaitForExitAsync());
            Assert.True(zbar.ExitCode == 0, $"zbarimg failed ({zbar.ExitCode}): {await errors}");
            // zbarimg ends each symbol's data with a line break.
            var text = System.Text.Encoding.UTF8.GetString(output.ToArray());
            return text.EndsWith('\n') ? text[..^1] : text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
