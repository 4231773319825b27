using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary>Every failure prints exactly one line on stderr, nothing on stdout, exits non-zero, and never shows a stack trace.</summary>
public class ErrorPathTests
{
    private const string Key = Payloads.SpecKeyHex;

    [Theory]
    [InlineData("not a valid TXA1 payload (Prefix)", "scan", "--payload", "TXA2|TRF|x", "--key", Key)]
    [InlineData("not a valid TXA1 payload (Prefix)", "code", "--payload", "hello", "--key", Key)]
    [InlineData("not a valid TXA1 payload (Kind)", "scan", "--payload", "TXA1|XXX|0123456789ABCDEF0123456789ABCDEF|a", "--key", Key)]
    [InlineData("not a valid TXA1 payload (Nonce)", "scan", "--payload", "TXA1|ACT|0123|yamada.taro|0000000001", "--key", Key)]
    [InlineData("not a valid TXA1 payload (TokenSerial)", "scan", "--payload", "TXA1|ACT|0123456789ABCDEF0123456789ABCDEF|yamada.taro|123", "--key", Key)]
    [InlineData("not a valid TXA1 payload (Amount)", "code", "--payload", "TXA1|TRF|0123456789ABCDEF0123456789ABCDEF|ﾄﾏﾄ|123-1-1234567|ｶﾅ|01", "--key", Key)]
    [InlineData("not a valid TXA1 payload (PayeeKana)", "scan", "--payload", "TXA1|TRF|0123456789ABCDEF0123456789ABCDEF|ﾄﾏﾄ|123-1-1234567|カナ|1", "--key", Key)]
    [InlineData("not a valid TXA1 payload (FieldCount)", "scan", "--payload", "TXA1|ADM|0123456789ABCDEF0123456789ABCDEF|USER_ADD", "--key", Key)]
    [InlineData("bad OCRA suite", "ocra", "--suite", "OCRA-2:HOTP-SHA1-6:QN08", "--key", Key, "--question", "1")]
    [InlineData("bad OCRA suite", "ocra", "--suite", "OCRA-1:HOTP-MD5-6:QN08", "--key", Key, "--question", "1")]
    [InlineData("Counter", "ocra", "--suite", "OCRA-1:HOTP-SHA256-8:C-QN08", "--key", Key, "--question", "1")]
    [InlineData("image not found", "scan", "--image", "missing.png", "--key", Key)]
    [InlineData("no key store", "scan", "--payload", Payloads.SpecActivation, "--token", "0000000001")]
    [InlineData("--count must be from 1", "manufacture", "--count", "0", "--out", "out")]
    [InlineData("--first-serial must be 10 digits", "manufacture", "--count", "1", "--out", "out", "--first-serial", "12")]
    [InlineData("leaves no room", "manufacture", "--count", "2", "--out", "out", "--first-serial", "9999999999")]
    [InlineData("no such directory", "watch", "no-such-dir", "--key", Key)]
    [InlineData("--batch-id must be", "manufacture", "--count", "1", "--out", "out", "--batch-id", "has space")]
    public async Task Command_BadInput_FailsWithOneClearLine(string expected, params string[] args)
    {
        var run = await Emulator.RunAsync(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(expected, run.Failed(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_UnknownSerial_FailsNamingTheSerialAndStore()
    {
        using var store = new TempDirectory();
        await Emulator.RunAsync("manufacture", "--count", "1", "--out", store.Path, "--first-serial", "0000000100");

        var error = (await Emulator.RunAsync("scan", "--payload", Payloads.SpecActivation, "--token", "0000000101", "--store", store.Path)).Failed();

        Assert.Contains("unknown token 0000000101", error, StringComparison.Ordinal);
        Assert.Contains(store.Path, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_FileThatIsNotAnImage_FailsWithOneLine()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("notes.png"), "just text");

        var error = (await Emulator.RunAsync("scan", "--image", directory.File("notes.png"), "--key", Key)).Failed();

        Assert.Contains("not a PNG or JPEG image", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TruncatedPng_FailsWithOneLine()
    {
        using var directory = new TempDirectory();
        var png = Images.Screenshot.Png((Payloads.SpecActivation, 500, 300));
        await File.WriteAllBytesAsync(directory.File("cut.png"), png[..(png.Length / 3)]);

        var error = (await Emulator.RunAsync("scan", "--image", directory.File("cut.png"), "--key", Key)).Failed();

        Assert.Matches("zbarimg could not read|no QR code found", error);
    }

    [Fact]
    public async Task Scan_DamagedKeyStore_FailsNamingTheStore()
    {
        using var store = new TempDirectory();
        await File.WriteAllTextAsync(store.File("tokens.json"), "{ not json");

        var error = (await Emulator.RunAsync("scan", "--payload", Payloads.SpecActivation, "--token", "0000000001", "--store", store.Path)).Failed();

        Assert.Contains("is damaged", error, StringComparison.Ordinal);
    }

    // A hostile QR code must not reach the terminal's escape sequences (here: switch the colour to red) through the error line.
    [Fact]
    public async Task Scan_PayloadWithControlCharacters_ErrorLineHoldsNoneOfThem()
    {
        var payload = $"TXA1|TRF|{Payloads.Nonce}|\u001b[31mﾄﾏﾄ|123-1-1234567|ｶﾅ|1";

        var error = (await Emulator.RunAsync("scan", "--payload", payload, "--key", Key)).Failed();

        Assert.Contains("(BankNameKana)", error, StringComparison.Ordinal);
        Assert.DoesNotContain(error, char.IsControl);
    }

    [Fact]
    public async Task Errors_NeverEchoTheKey()
    {
        var secretish = "ab" + Key[2..];

        var run = await Emulator.RunAsync("ocra", "--suite", "OCRA-1:HOTP-SHA256-8:C-QN08", "--key", secretish, "--question", "1");

        Assert.DoesNotContain(secretish, run.Failed(), StringComparison.OrdinalIgnoreCase);
    }
}
