using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Inkan.Silo.Generator.Model;

/// <summary>A diagnostic to report, kept as values so that models stay cacheable.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    /// <summary>Creates the info for <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => new(descriptor, LocationInfo.From(location), new EquatableArray<string>(arguments.ToImmutableArray()));

    /// <summary>Builds the diagnostic to report.</summary>
    public Diagnostic ToDiagnostic()
        => Diagnostic.Create(Descriptor, Location?.ToLocation(), Arguments.Items.Cast<object>().ToArray());
}
