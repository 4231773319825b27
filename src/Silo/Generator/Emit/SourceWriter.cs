using System.Text;

namespace Inkan.Silo.Generator.Emit;

/// <summary>Builds generated source line by line with four-space indentation and <c>\n</c> line ends.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _text = new();

    /// <summary>The current indentation depth.</summary>
    public int Depth { get; set; }

    /// <summary>Writes one indented line; an empty line gets no indentation.</summary>
    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', Depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c> and indents.</summary>
    public SourceWriter Open()
    {
        Line("{");
        Depth++;
        return this;
    }

    /// <summary>Outdents and writes <c>}</c>.</summary>
    public SourceWriter Close()
    {
        Depth--;
        return Line("}");
    }

    /// <inheritdoc />
    public override string ToString() => _text.ToString();
}
