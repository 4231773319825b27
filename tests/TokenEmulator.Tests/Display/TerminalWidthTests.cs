using Inkan.TokenEmulator.Display;

namespace Inkan.TokenEmulator.Tests.Display;

public class TerminalWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("12345678", 8)]
    [InlineData("ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", 11)]
    [InlineData("振込振替", 8)]
    [InlineData("ログインID", 10)]
    [InlineData("税金・各種料金の払込み", 22)]
    [InlineData("総合振込/給与・賞与振込", 23)]
    [InlineData("ＡＢ　", 6)]
    [InlineData("e\u0301", 1)]
    [InlineData("𠮷", 2)]
    [InlineData("╔═╗", 3)]
    public void Of_Text_CountsWideCharactersTwiceAndHalfWidthKanaOnce(string text, int columns)
    {
        Assert.Equal(columns, TerminalWidth.Of(text));
    }

    [Fact]
    public void PadRight_MixedWidths_ReachesTheColumnCount()
    {
        var padded = TerminalWidth.PadRight("受取人ｶﾅ", 12);

        Assert.Equal("受取人ｶﾅ    ", padded);
        Assert.Equal(12, TerminalWidth.Of(padded));
    }
}
