using Inkan.TokenEmulator.Tests.Images;
using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary><c>watch</c>: one token kept open, every image dropped into the directory scanned, until Ctrl+C.</summary>
public class WatchCommandTests
{
    [Fact]
    public async Task Watch_ImagesDropped_ShowsEachScreenAndGoesOnAfterABadOneUntilCtrlCEndsItWith130()
    {
        using var directory = new TempDirectory();
        await using var emulator = new RunningEmulator(directory.Path, "watch", directory.Path, "--key", Payloads.SpecKeyHex);
        await emulator.OutputUntilAsync(line => line.StartsWith("Watching ", StringComparison.Ordinal));

        await Drop(directory, "first.png", Screenshot.Png((Payloads.SpecTransfer, 500, 200)));
        var first = await emulator.OutputUntilAsync(line => line.StartsWith('╚'));

        await Drop(directory, "blank.png", Screenshot.Png());
        var error = await emulator.NextErrorAsync();

        await Drop(directory, "second.jpg", JpegEncoder.Encode(Screenshot.Page((Payloads.SpecActivation, 480, 260))));
        var second = await emulator.OutputUntilAsync(line => line.StartsWith('╚'));

        var exitCode = await emulator.InterruptAsync();

        Assert.Equal("first.png:", first[0]);
        Assert.Contains(first, l => l.Contains("受取人", StringComparison.Ordinal) && l.Contains("ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", StringComparison.Ordinal));
        Assert.Contains(first, l => l.Contains("認証番号", StringComparison.Ordinal) && l.Contains("73826836", StringComparison.Ordinal));
        Assert.Equal("error: no QR code found in " + directory.File("blank.png"), error);
        Assert.Equal("second.jpg:", second[0]);
        Assert.Contains(second, l => l.Contains("認証番号", StringComparison.Ordinal) && l.Contains("05884833", StringComparison.Ordinal));
        Assert.Equal(130, exitCode);
        Assert.Empty(await emulator.RemainingOutputAsync());
    }

    [Fact]
    public async Task Watch_FilesThatAreNotImages_AreIgnored()
    {
        using var directory = new TempDirectory();
        await using var emulator = new RunningEmulator(directory.Path, "watch", directory.Path, "--key", Payloads.SpecKeyHex);
        await emulator.OutputUntilAsync(line => line.StartsWith("Watching ", StringComparison.Ordinal));

        await File.WriteAllTextAsync(directory.File("notes.txt"), "not an image");
        await Drop(directory, "code.png", Screenshot.Png((Payloads.SpecActivation, 500, 200)));
        var screen = await emulator.OutputUntilAsync(line => line.StartsWith('╚'));

        Assert.Equal("code.png:", screen[0]);
        Assert.Equal(130, await emulator.InterruptAsync());
    }

    /// <summary>Writes under a temporary name and renames, as a screenshot tool saving a finished file does.</summary>
    private static async Task Drop(TempDirectory directory, string name, byte[] image)
    {
        var partial = directory.File(name + ".part");
        await File.WriteAllBytesAsync(partial, image);
        File.Move(partial, directory.File(name));
    }
}
