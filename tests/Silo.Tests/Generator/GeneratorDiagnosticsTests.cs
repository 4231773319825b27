namespace Inkan.Silo.Tests.Generator;

/// <summary>Each unsupported grain interface shape gets its error, at the member, and no reference.</summary>
public sealed class GeneratorDiagnosticsTests
{
    public static TheoryData<string, string, string> UnsupportedShapes => new()
    {
        { "INKAN001", "void Fire();", "Fire" },
        { "INKAN001", "int Count();", "Count" },
        { "INKAN001", "System.Collections.Generic.IAsyncEnumerable<int> StreamAsync();", "StreamAsync" },
        { "INKAN002", "Task RefAsync(ref int value);", "RefAsync" },
        { "INKAN002", "Task OutAsync(out int value);", "OutAsync" },
        { "INKAN002", "Task InAsync(in int value);", "InAsync" },
        { "INKAN002", "Task SpanAsync(System.ReadOnlySpan<byte> value);", "SpanAsync" },
        { "INKAN003", "Task<T> GetAsync<T>();", "GetAsync" },
        { "INKAN004", "int Count { get; }", "Count" },
        { "INKAN004", "int this[int index] { get; }", "this" },
        { "INKAN004", "event System.EventHandler Changed;", "Changed" },
        { "INKAN004", "Task DefaultAsync() => Task.CompletedTask;", "DefaultAsync" },
        { "INKAN004", "static abstract Task CreateAsync();", "CreateAsync" },
    };

    [Theory]
    [MemberData(nameof(UnsupportedShapes))]
    public void Generate_UnsupportedMember_ReportsErrorAtMemberAndGeneratesNothing(string id, string member, string memberName)
    {
        var source = $$"""
            using System.Threading.Tasks;
            namespace Samples;
            public interface IBadGrain : Inkan.Silo.IGrainWithStringKey
            {
                Task FineAsync();
                {{member}}
            }
            """;

        var run = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(memberName, source.Substring(diagnostic.Location.SourceSpan.Start, memberName.Length));
        Assert.Contains("IBadGrain", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }

    [Theory]
    [InlineData("INKAN005", "public interface IBoxGrain<T> : Inkan.Silo.IGrainWithStringKey { Task<T> GetAsync(); }", "IBoxGrain")]
    [InlineData("INKAN005", "public class Outer<T> { public interface IBoxGrain : Inkan.Silo.IGrain { Task RunAsync(); } }", "IBoxGrain")]
    [InlineData("INKAN006", "public class Outer { private interface IHiddenGrain : Inkan.Silo.IGrain { Task RunAsync(); } }", "IHiddenGrain")]
    [InlineData("INKAN006", "internal class Outer { protected interface IHiddenGrain : Inkan.Silo.IGrain { Task RunAsync(); } }", "IHiddenGrain")]
    [InlineData("INKAN006", "file interface IHiddenGrain : Inkan.Silo.IGrain { Task RunAsync(); }", "IHiddenGrain")]
    public void Generate_UnsupportedInterface_ReportsErrorAtInterfaceAndGeneratesNothing(string id, string declaration, string interfaceName)
    {
        var source = "using System.Threading.Tasks;\nnamespace Samples;\n" + declaration;

        var run = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(interfaceName, source.Substring(diagnostic.Location.SourceSpan.Start, interfaceName.Length));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Generate_UnsupportedInheritedMember_ReportsOnceAtMemberAndOnceAtDerivedInterface()
    {
        var source = """
            namespace Samples;
            public interface IBaseGrain : Inkan.Silo.IGrain { void Fire(); }
            public interface IDerivedGrain : IBaseGrain, Inkan.Silo.IGrainWithStringKey;
            """;

        var run = GeneratorHarness.Run(source);

        Assert.Equal(
            ["Fire", "IDerivedGrain"],
            run.Diagnostics.Select(d => source.Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)).Order(StringComparer.Ordinal));
        Assert.All(run.Diagnostics, d => Assert.Equal("INKAN001", d.Id));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Generate_InterfaceWithoutGrainBase_IsIgnored()
    {
        var run = GeneratorHarness.Run("namespace Samples; public interface IPlain : System.IDisposable { void Fire(); }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Generate_SignatureWithUnknownType_LeavesTheErrorToTheCompiler()
    {
        var run = GeneratorHarness.Run(
            "namespace Samples; public interface ILostGrain : Inkan.Silo.IGrain { System.Threading.Tasks.Task<Missing> GetAsync(); }");

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.Sources);
        Assert.Equal("CS0246", Assert.Single(run.CompilationProblems).Id);
    }
}
