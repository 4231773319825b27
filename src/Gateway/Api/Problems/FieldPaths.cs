using System.Text;

namespace Inkan.Gateway.Api.Problems;

/// <summary>Turns the field names of domain exceptions (<c>PayeeKana</c>, <c>Items[2].Amount</c>) into camel-case JSON paths.</summary>
public static class FieldPaths
{
    /// <summary>The JSON path of <paramref name="name"/> under <paramref name="prefix"/> (which may be empty).</summary>
    public static string Json(string prefix, string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return prefix;
        }

        var path = new StringBuilder(name.Length);
        var segmentStart = true;
        foreach (var c in name)
        {
            path.Append(segmentStart ? char.ToLowerInvariant(c) : c);
            segmentStart = c == '.';
        }

        return prefix.Length == 0 ? path.ToString() : prefix + "." + path;
    }
}
