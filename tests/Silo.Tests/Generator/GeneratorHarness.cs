using System.Collections.Immutable;
using System.Reflection;
using Inkan.Silo.Generator;
using Inkan.Silo.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Inkan.Silo.Tests.Generator;

/// <summary>Runs <see cref="GrainReferenceGenerator"/> over sample sources, as the compiler would.</summary>
internal static class GeneratorHarness
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    // The running framework's assemblies and the Silo: everything but this test assembly, whose own grain
    // interfaces and generated references would clash with the samples.
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var self = Assembly.GetExecutingAssembly().Location;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Append(typeof(GrainReference).Assembly.Location)
            .Where(path => path.Length > 0 && path != self)
            .Distinct(StringComparer.Ordinal);
        return [.. paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    });

    /// <summary>A compilation of <paramref name="sources"/> with nullable reference types on.</summary>
    public static CSharpCompilation Compile(params string[] sources)
        => CSharpCompilation.Create(
            "GeneratorSamples",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Sample{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver that records each pipeline step, for checking what was cached.</summary>
    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new GrainReferenceGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator over <paramref name="sources"/>.</summary>
    public static GeneratorRun Run(params string[] sources)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(Compile(sources), out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }
}
