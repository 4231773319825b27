using Inkan.Protocol.Qr;
using Inkan.Protocol.Tests.Txa;
using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Qr;

public sealed class TxaQrCodeTests
{
    public static TheoryData<string> Payloads()
    {
        var data = new TheoryData<string> { TxaSamples.SpecTransferPayload, TxaSamples.SpecActivationPayload };
        foreach (var sample in TxaSamples.All())
        {
            data.Add(TxaPayload.Build(sample, TxaNonce.Create()));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task RenderPng_Payload_DecodesToTheSameText(string payload)
    {
        var png = TxaQrCode.RenderPng(payload);

        Assert.Equal(payload, await ZbarImage.DecodeAsync(png, "png"));
    }

    [Fact]
    public async Task RenderPng_EveryHalfWidthKana_SurvivesTheRoundTrip()
    {
        var kana = new string(Enumerable.Range(0xFF66, 0xFF9F - 0xFF66 + 1).Select(c => (char)c).ToArray());
        var payload = $"TXA1|TRF|{TxaSamples.Nonce}|{kana[..29]}|123-1-1234567|{kana[29..]}|1";

        Assert.Equal(payload, await ZbarImage.DecodeAsync(TxaQrCode.RenderPng(payload, pixelsPerModule: 4), "png"));
    }

    [Fact]
    public void RenderPng_Payload_IsPngOfRequestedScale()
    {
        var small = TxaQrCode.RenderPng(TxaSamples.SpecTransferPayload, pixelsPerModule: 2);
        var large = TxaQrCode.RenderPng(TxaSamples.SpecTransferPayload, pixelsPerModule: 8);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], small[..4]);
        Assert.True(PngWidth(large) == 4 * PngWidth(small), $"widths {PngWidth(small)} and {PngWidth(large)}");
    }

    [Fact]
    public void RenderSvg_Payload_IsScalableSvg()
    {
        var svg = TxaQrCode.RenderSvg(TxaSamples.SpecTransferPayload);

        Assert.StartsWith("<svg", svg.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("viewBox", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void RenderPng_NoPixelsPerModule_Throws(int pixels)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TxaQrCode.RenderPng(TxaSamples.SpecTransferPayload, pixels));
    }

    [Fact]
    public void RenderSvg_EmptyPayload_Throws()
    {
        Assert.Throws<ArgumentException>(() => TxaQrCode.RenderSvg(""));
    }

    private static int PngWidth(byte[] png) => (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
}
