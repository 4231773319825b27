using System.Text;
using Inkan.TokenEmulator.Camera;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Tests.Camera;

/// <summary>Cutting zbar's raw output at the symbol lengths of its XML output.</summary>
public class ZbarSymbolsTests
{
    private const string TwoSymbols = """
        <barcodes xmlns='http://zbar.sourceforge.net/2008/barcode'><source href='a.png'><index num='0'>
        <symbol type='QR-Code'><data format='base64' length='6'><![CDATA[garbled]]></data></symbol>
        <symbol type='QR-Code'><data><![CDATA[b
        c]]></data></symbol>
        </index></source></barcodes>
        """;

    [Fact]
    public void Split_SymbolHoldingALineBreak_KeepsItInTheSymbol()
    {
        var symbols = ZbarSymbols.Split(Encoding.UTF8.GetBytes("ｱｲ\nb\nc\n"), ZbarSymbols.Lengths(Encoding.UTF8.GetBytes(TwoSymbols)), "a.png");

        Assert.Equal(["ｱｲ", "b\nc"], symbols.Select(Encoding.UTF8.GetString));
    }

    [Theory]
    [InlineData("ｱｲ\nb\nc")]
    [InlineData("ｱｲ\nb\nc\nd\n")]
    [InlineData("ｱｲb\nc\n\n")]
    public void Split_RawOutputNotMatchingTheLengths_FailsWithAMessage(string raw)
    {
        var error = Assert.Throws<EmulatorException>(() => ZbarSymbols.Split(Encoding.UTF8.GetBytes(raw), [6, 3], "a.png"));

        Assert.Contains("disagree", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lengths_OutputThatIsNotXml_FailsWithAMessage()
    {
        var error = Assert.Throws<EmulatorException>(() => ZbarSymbols.Lengths(Encoding.UTF8.GetBytes("<barcodes>")));

        Assert.Contains("XML", error.Message, StringComparison.Ordinal);
    }
}
