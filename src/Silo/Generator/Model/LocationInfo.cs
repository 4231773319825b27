using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Inkan.Silo.Generator.Model;

/// <summary>A source location without the syntax tree it came from, so that models stay cacheable.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    /// <summary>Captures <paramref name="location"/>; null when it is not in source.</summary>
    public static LocationInfo? From(Location? location)
        => location is { IsInSource: true }
            ? new LocationInfo(location.SourceTree!.FilePath, location.SourceSpan, location.GetLineSpan().Span)
            : null;

    /// <summary>Rebuilds a <see cref="Location"/> for reporting.</summary>
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
