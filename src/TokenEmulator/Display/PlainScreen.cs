namespace Inkan.TokenEmulator.Display;

/// <summary>
/// The screen as plain lines for scripts: the title with the kind, one <c>Label: Value</c> line per item,
/// and the code alone on the last line (so <c>tail -1</c> gives it).
/// </summary>
internal static class PlainScreen
{
    public static IReadOnlyList<string> Render(TokenScreen screen) =>
    [
        $"{screen.Title} ({screen.Kind})",
        .. screen.Lines.Select(line => $"{line.Label}: {line.Value}"),
        screen.Code,
    ];
}
