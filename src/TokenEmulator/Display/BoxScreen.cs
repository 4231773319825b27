namespace Inkan.TokenEmulator.Display;

/// <summary>
/// The screen drawn as a small device with box-drawing characters: the title, a rule, the labelled values
/// with the labels aligned, a rule, and the code. Widths count East Asian wide characters as two columns.
/// </summary>
internal static class BoxScreen
{
    private const string CodeLabel = "認証番号";
    private const int MinimumInner = 28;

    public static IReadOnlyList<string> Render(TokenScreen screen)
    {
        var labelWidth = screen.Lines.Select(l => TerminalWidth.Of(l.Label)).Append(TerminalWidth.Of(CodeLabel)).Max();
        var rows = screen.Lines.Select(l => Row(l.Label, l.Value, labelWidth)).ToList();
        var codeRow = Row(CodeLabel, screen.Code, labelWidth);
        var inner = rows.Append(codeRow).Append(screen.Title).Select(TerminalWidth.Of).Append(MinimumInner).Max();

        var horizontal = new string('═', inner + 2);
        var rule = "╟" + new string('─', inner + 2) + "╢";
        return
        [
            $"╔{horizontal}╗",
            Framed(screen.Title, inner),
            rule,
            .. rows.Select(r => Framed(r, inner)),
            rule,
            Framed(codeRow, inner),
            $"╚{horizontal}╝",
        ];
    }

    private static string Row(string label, string value, int labelWidth) => $"{TerminalWidth.PadRight(label, labelWidth)}  {value}";

    private static string Framed(string text, int inner) => $"║ {TerminalWidth.PadRight(text, inner)} ║";
}
