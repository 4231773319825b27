using Inkan.Protocol.Txa;
using Inkan.TokenEmulator.Tests.Images;
using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary><c>scan --image</c>: the QR code rendered by the server's QRCoder code, found inside a larger screenshot by zbar.</summary>
public class ScanImageTests
{
    [Fact]
    public async Task Scan_ScreenshotWithServerQrCode_ShowsTheSameScreenAsThePayload()
    {
        using var directory = new TempDirectory();
        var image = directory.File("screenshot.png");
        await File.WriteAllBytesAsync(image, Screenshot.Png((Payloads.SpecTransfer, 520, 260)));

        var fromImage = (await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex)).Succeeded();
        var fromPayload = (await Emulator.RunAsync("scan", "--payload", Payloads.SpecTransfer, "--key", Payloads.SpecKeyHex)).Succeeded();

        Assert.Equal(fromPayload, fromImage);
        Assert.Equal("73826836", fromImage[^1]);
    }

    [Fact]
    public async Task Scan_ScreenshotWithEveryKanaAndFeeItems_DecodesTheUtf8Exactly()
    {
        var payload = Payloads.Build(new FeePaymentData(
        [
            new FeeItem("11111", "ｦｧｨｩｪｫｬｭｮｯ", "1", 1),
            new FeeItem("22222", "ｰｱｲｳｴｵｶｷｸｹ", "22", 22),
            new FeeItem("33333", "ｺｻｼｽｾｿﾀﾁﾂﾃ", "333", 333),
            new FeeItem("44444", "ﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍ", "4444", 4444),
            new FeeItem("55555", "ﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗ", "55555", 55555),
            new FeeItem("66666", "ﾘﾙﾚﾛﾜﾝﾞﾟ()", "666666", 666666),
        ]));
        using var directory = new TempDirectory();
        var image = directory.File("fees.png");
        await File.WriteAllBytesAsync(image, Screenshot.Png((payload, 470, 120)));

        var lines = (await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex)).Succeeded();

        Assert.Contains("収納機関名: ﾘﾙﾚﾛﾜﾝﾞﾟ()", lines);
        Assert.Equal(Payloads.CodeOf(payload), lines[^1]);
    }

    [Fact]
    public async Task Scan_JpegScreenshot_IsReadToo()
    {
        using var directory = new TempDirectory();
        var image = directory.File("photo.jpg");
        await File.WriteAllBytesAsync(image, JpegEncoder.Encode(Screenshot.Page((Payloads.SpecActivation, 500, 300))));

        var lines = (await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex)).Succeeded();

        Assert.Equal("ログインID: yamada.taro", lines[2]);
        Assert.Equal("05884833", lines[^1]);
    }

    [Fact]
    public async Task Scan_ScreenshotWithoutQrCode_FailsWithOneLine()
    {
        using var directory = new TempDirectory();
        var image = directory.File("plain.png");
        await File.WriteAllBytesAsync(image, Screenshot.Png());

        var error = (await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex)).Failed();

        Assert.Contains("no QR code found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_ScreenshotWithTwoDifferentCodes_RefusesToChoose()
    {
        using var directory = new TempDirectory();
        var image = directory.File("two.png");
        await File.WriteAllBytesAsync(image, Screenshot.Png((Payloads.SpecTransfer, 450, 100), (Payloads.SpecActivation, 680, 420)));

        var error = (await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex)).Failed();

        Assert.Contains("2 different TXA1 codes", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_QrCodeThatIsNotTxa1_FailsNamingThePrefix()
    {
        using var directory = new TempDirectory();
        var image = directory.File("url.png");
        await File.WriteAllBytesAsync(image, Screenshot.Png(("https://bank.example/login", 500, 200)));

        var error = (await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex)).Failed();

        Assert.Contains("not a valid TXA1 payload (Prefix)", error, StringComparison.Ordinal);
    }

    // SPEC section 7: no field holds a line break. zbar ends each symbol with one in its raw output, so a line break
    // inside the QR code must not be taken for the end of the symbol, or the token would code a prefix of the content.
    [Theory]
    [InlineData(Payloads.SpecActivation + "\n")]
    [InlineData(Payloads.SpecTransfer + "\n9")]
    public async Task Scan_QrCodeWhoseContentHoldsALineBreak_FailsAsInvalidPayload(string content)
    {
        using var directory = new TempDirectory();
        var image = directory.File("line-break.png");
        await File.WriteAllBytesAsync(image, Screenshot.Png((content, 470, 160)));

        var run = await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex);

        Assert.True(run.ExitCode != 0, $"the token accepted the QR code and showed: {string.Join(" / ", run.OutputLines)}");
        Assert.Contains("not a valid TXA1 payload", run.Failed(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TransferBesideAnotherQrCodeWithLineBreaks_ShowsTheTransfer()
    {
        using var directory = new TempDirectory();
        var image = directory.File("page.png");
        await File.WriteAllBytesAsync(image, Screenshot.Png((Payloads.SpecTransfer, 450, 100), ("BEGIN:VCARD\nFN:ﾔﾏﾀﾞ\nEND:VCARD", 680, 420)));

        var lines = (await Emulator.RunAsync("scan", "--image", image, "--key", Payloads.SpecKeyHex)).Succeeded();

        Assert.Equal("73826836", lines[^1]);
    }
}
