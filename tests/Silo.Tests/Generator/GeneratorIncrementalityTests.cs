using Inkan.Silo.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Inkan.Silo.Tests.Generator;

/// <summary>The generator caches its models: edits that do not touch a grain interface generate nothing again.</summary>
public sealed class GeneratorIncrementalityTests
{
    private const string GrainSource = """
        namespace Samples;
        public interface ITokenGrain : Inkan.Silo.IGrainWithStringKey
        {
            System.Threading.Tasks.Task<int> CountAsync();
        }
        """;

    private static readonly IncrementalStepRunReason[] CachedReasons =
        [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private const string OtherSource = "namespace Samples; public class Other { public int Value() => 1; }";

    [Fact]
    public void Run_UnrelatedEdit_ReusesCachedModelAndOutput()
    {
        var second = RunTwice("namespace Samples; public class Other { public int Value() => 2; public void More() { } }");

        AssertCached(second);
    }

    [Fact]
    public void Run_EditInsideGrainInterfaceFile_WithSameSignatures_ReusesCachedOutput()
    {
        var second = RunTwice(OtherSource, GrainSource.Replace("CountAsync();", "CountAsync(); // a comment", StringComparison.Ordinal));

        AssertCached(second);
    }

    [Fact]
    public void Run_GrainSignatureEdit_RegeneratesReference()
    {
        var second = RunTwice(OtherSource, GrainSource.Replace("Task<int>", "Task<long>", StringComparison.Ordinal));

        Assert.Contains(IncrementalStepRunReason.Modified, ModelReasons(second));
        Assert.Contains("Task<long>", second.GeneratedSources.Single().SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Models_HoldNoSymbolsOrSyntax()
    {
        var run = GeneratorHarness.CreateDriver().RunGenerators(GeneratorHarness.Compile(GrainSource)).GetRunResult().Results.Single();

        var model = Assert.Single(run.TrackedSteps[GrainReferenceGenerator.ModelsStep]).Outputs.Single().Value;
        var forbidden = model.GetType().GetProperties()
            .Select(property => property.PropertyType)
            .Where(type => typeof(ISymbol).IsAssignableFrom(type) || typeof(SyntaxNode).IsAssignableFrom(type) || typeof(Compilation).IsAssignableFrom(type));
        Assert.Empty(forbidden);
    }

    private static void AssertCached(GeneratorRunResult run)
    {
        Assert.NotEmpty(ModelReasons(run));
        Assert.All(ModelReasons(run), reason => Assert.Contains(reason, CachedReasons));
        var outputs = run.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(step => step.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    private static GeneratorRunResult RunTwice(string otherAfterEdit, string grainAfterEdit = GrainSource)
    {
        var compilation = GeneratorHarness.Compile(GrainSource, OtherSource);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        var edited = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Last(), Reparse(compilation.SyntaxTrees.Last(), otherAfterEdit));
        if (grainAfterEdit != GrainSource)
        {
            edited = edited.ReplaceSyntaxTree(edited.SyntaxTrees.First(), Reparse(edited.SyntaxTrees.First(), grainAfterEdit));
        }

        return driver.RunGenerators(edited).GetRunResult().Results.Single();
    }

    private static SyntaxTree Reparse(SyntaxTree tree, string text)
        => CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath);

    private static IEnumerable<IncrementalStepRunReason> ModelReasons(GeneratorRunResult run)
        => run.TrackedSteps[GrainReferenceGenerator.ModelsStep].SelectMany(step => step.Outputs).Select(output => output.Reason);
}
