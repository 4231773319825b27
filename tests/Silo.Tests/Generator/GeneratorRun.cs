using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Inkan.Silo.Tests.Generator;

/// <summary>The outcome of one generator run: the driver (for a next run), the compilation with the generated sources, and the generator's diagnostics.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>The generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Driver.GetRunResult().Results.Single().GeneratedSources
            .ToDictionary(source => source.HintName, source => source.SourceText.ToString(), StringComparer.Ordinal);

    /// <summary>The single generated source.</summary>
    public string SingleSource => Sources.Values.Single();

    /// <summary>Warnings and errors of the whole compilation, generated code included.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems
        => [.. Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)];
}
