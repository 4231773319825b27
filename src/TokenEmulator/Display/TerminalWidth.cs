using System.Globalization;
using System.Text;

namespace Inkan.TokenEmulator.Display;

/// <summary>
/// How many terminal columns text takes: East Asian wide and full-width characters (kanji, hiragana,
/// full-width katakana, <c>・</c>, full-width forms) take two, half-width katakana and ASCII one, combining marks none.
/// </summary>
internal static class TerminalWidth
{
    private static readonly (int First, int Last)[] WideRanges =
    [
        (0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
        (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x1F300, 0x1F64F), (0x1F900, 0x1F9FF), (0x20000, 0x3FFFD),
    ];

    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    public static int Of(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.Control)
        {
            return 0;
        }

        var value = rune.Value;
        return Array.Exists(WideRanges, r => value >= r.First && value <= r.Last) ? 2 : 1;
    }

    /// <summary>Pads with spaces on the right to <paramref name="columns"/> columns (no change if already as wide).</summary>
    public static string PadRight(string text, int columns) => text + new string(' ', Math.Max(0, columns - Of(text)));
}
