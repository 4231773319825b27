using System.Security.Cryptography;
using System.Text;
using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary><c>ocra</c> against RFC 6287 Appendix C (one-way, mutual and signature vectors) and an independent HMAC for session data.</summary>
public class OcraCommandTests
{
    private const string Key20 = "3132333435363738393031323334353637383930";
    private const string Key32 = "3132333435363738393031323334353637383930313233343536373839303132";
    private const string Key64 = "31323334353637383930313233343536373839303132333435363738393031323334353637383930313233343536373839303132333435363738393031323334";
    private const string PinSha1 = "7110eda4d09e062aa5e4a390b0a572ac0d2c0220";

    [Theory]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08", Key20, "00000000", "237653")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08", Key20, "55555555", "388898")]
    [InlineData("OCRA-1:HOTP-SHA1-6:QN08", Key20, "99999999", "294470")]
    [InlineData("OCRA-1:HOTP-SHA256-8:QA08", Key32, "CLI22220SRV11110", "28247970")]
    [InlineData("OCRA-1:HOTP-SHA256-8:QA08", Key32, "SRV11114CLI22224", "28934924")]
    [InlineData("OCRA-1:HOTP-SHA512-8:QA08", Key64, "CLI22222SRV11112", "12250499")]
    [InlineData("OCRA-1:HOTP-SHA256-8:QA08", Key32, "SIG10000", "53095496")]
    [InlineData("OCRA-1:HOTP-SHA256-8:QA08", Key32, "SIG14000", "46554205")]
    public async Task Ocra_Rfc6287QuestionOnlyVectors_PrintsTheResponse(string suite, string key, string question, string expected)
    {
        var lines = (await Emulator.RunAsync("ocra", "--suite", suite, "--key", key, "--question", question)).Succeeded();

        Assert.Equal([expected], lines);
    }

    [Theory]
    [InlineData(0, "65347737")]
    [InlineData(1, "86775851")]
    [InlineData(5, "65983500")]
    [InlineData(9, "08522129")]
    public async Task Ocra_Rfc6287CounterAndPinVectors_PrintsTheResponse(long counter, string expected)
    {
        var run = await Emulator.RunAsync(
            "ocra", "--suite", "OCRA-1:HOTP-SHA256-8:C-QN08-PSHA1", "--key", Key32,
            "--counter", counter.ToString(System.Globalization.CultureInfo.InvariantCulture), "--question", "12345678", "--pin-hash", PinSha1);

        Assert.Equal([expected], run.Succeeded());
    }

    [Theory]
    [InlineData("OCRA-1:HOTP-SHA256-8:QN08-PSHA1", Key32, null, "22222222", PinSha1, "17957585")]
    [InlineData("OCRA-1:HOTP-SHA512-8:C-QN08", Key64, "7", "77777777", null, "51946085")]
    [InlineData("OCRA-1:HOTP-SHA512-8:QA08-PSHA1", Key64, null, "SRV11113CLI22223", PinSha1, "18951020")]
    public async Task Ocra_Rfc6287PinOrCounterVectors_PrintsTheResponse(
        string suite, string key, string? counter, string question, string? pin, string expected)
    {
        var args = new List<string> { "ocra", "--suite", suite, "--key", key, "--question", question };
        args.AddRange(counter is null ? [] : ["--counter", counter]);
        args.AddRange(pin is null ? [] : ["--pin-hash", pin]);

        Assert.Equal([expected], (await Emulator.RunAsync([.. args])).Succeeded());
    }

    [Theory]
    [InlineData("OCRA-1:HOTP-SHA512-8:QN08-T1M", "00000000", "95209754")]
    [InlineData("OCRA-1:HOTP-SHA512-8:QN08-T1M", "44444444", "36209546")]
    [InlineData("OCRA-1:HOTP-SHA512-8:QA10-T1M", "SIG1000000", "77537423")]
    [InlineData("OCRA-1:HOTP-SHA512-8:QA10-T1M", "SIG1400000", "65360607")]
    public async Task Ocra_Rfc6287TimestampVectors_PrintsTheResponse(string suite, string question, string expected)
    {
        var run = await Emulator.RunAsync("ocra", "--suite", suite, "--key", Key64, "--question", question, "--timestamp", "132d0b6");

        Assert.Equal([expected], run.Succeeded());
    }

    [Fact]
    public async Task Ocra_SessionSuite_MatchesAnIndependentHmacOfTheRfcMessage()
    {
        // RFC 6287 has no session vectors; compute section 5.1's message by hand: suite, 00, Q padded to 128 bytes, S (64 bytes).
        const string suite = "OCRA-1:HOTP-SHA256-8:QN08-S064";
        var session = RandomNumberGenerator.GetBytes(64);
        var question = new byte[128];
        Convert.FromHexString("BC614E").CopyTo(question, 0); // 12345678 in hex, then zeros, as the RFC code pads it
        byte[] message = [.. Encoding.ASCII.GetBytes(suite), 0, .. question, .. session];
        var expected = Truncate(HMACSHA256.HashData(Convert.FromHexString(Key32), message), 8);

        var run = await Emulator.RunAsync("ocra", "--suite", suite, "--key", Key32, "--question", "12345678", "--session", Convert.ToHexString(session));

        Assert.Equal([expected], run.Succeeded());
    }

    private static string Truncate(byte[] hmac, int digits)
    {
        var offset = hmac[^1] & 0x0F;
        var binary = ((hmac[offset] & 0x7F) << 24) | (hmac[offset + 1] << 16) | (hmac[offset + 2] << 8) | hmac[offset + 3];
        return (binary % (int)Math.Pow(10, digits)).ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }
}
