using Microsoft.CodeAnalysis;

namespace Inkan.Silo.Tests.Generator;

/// <summary>The generated references compile cleanly, with the Silo, for every supported shape.</summary>
public sealed class GeneratedCodeTests
{
    public static TheoryData<string, string, string> SupportedShapes => new()
    {
        {
            "all four return kinds, nullable and generic types, cancellation",
            """
            namespace Samples;
            public interface ITokenGrain : Inkan.Silo.IGrainWithStringKey
            {
                System.Threading.Tasks.Task<string?> VerifyAsync(string code, int n, System.Threading.CancellationToken cancellationToken);
                System.Threading.Tasks.ValueTask<System.Collections.Generic.List<(int Id, string? Name)>> ListAsync();
                System.Threading.Tasks.Task ResetAsync(byte[]? seed = null, params int[] counters);
                System.Threading.Tasks.ValueTask TouchAsync();
            }
            """,
            "Samples.TokenGrainReference"
        },
        {
            "inherited methods, a diamond and the same signature in two bases",
            """
            using System.Threading.Tasks;
            namespace Samples;
            public interface IReader : Inkan.Silo.IGrain { Task<int> ReadAsync(); Task PingAsync(); }
            public interface IWriter : Inkan.Silo.IGrain { Task WriteAsync(int value); Task PingAsync(); }
            public interface IStore : IReader, IWriter, Inkan.Silo.IGrainWithStringKey { new Task<int> ReadAsync(); }
            """,
            "Samples.StoreReference"
        },
        {
            "overloads and names that clash with generated ones",
            """
            using System.Threading.Tasks;
            namespace Samples.@event;
            public interface IClashGrain : Inkan.Silo.IGrainWithStringKey
            {
                Task SendAsync(int grain);
                Task SendAsync(string runtime, int grainId, object @event, int _grain, int @this);
                Task<int> SendAsync_0(int InvokeAsync, int ToTask, int MethodName, int Invoke, int value);
                ValueTask @class(int @var, int _);
                Task<string> ToString(int x);
            }
            """,
            "Samples.@event.ClashGrainReference"
        },
        {
            "interfaces nested in a class and an interface, a partial interface",
            """
            using System.Threading.Tasks;
            namespace Samples;
            public static class Outer
            {
                internal interface INestedGrain : Inkan.Silo.IGrainWithStringKey { Task<int> GetAsync(); }
            }
            public interface IHolder { public interface IInnerGrain : Inkan.Silo.IGrain { Task RunAsync(); } }
            public partial interface IPartialGrain { Task FirstAsync(); }
            public partial interface IPartialGrain : Inkan.Silo.IGrainWithStringKey { Task SecondAsync(); }
            """,
            "Samples.Outer_NestedGrainReference"
        },
        {
            "the global namespace and nullable-oblivious code",
            """
            #nullable disable
            public interface IGlobalGrain : Inkan.Silo.IGrainWithStringKey
            {
                System.Threading.Tasks.Task<string> EchoAsync(string text);
                System.Threading.Tasks.Task<object> AnyAsync();
            }
            """,
            "GlobalGrainReference"
        },
    };

    [Theory]
    [MemberData(nameof(SupportedShapes))]
    public void Generate_SupportedShape_CompilesWithoutDiagnostics(string shape, string source, string referenceType)
    {
        var run = GeneratorHarness.Run(source);

        Assert.True(run.Diagnostics.IsEmpty, shape + ": " + string.Join("; ", run.Diagnostics));
        Assert.Empty(run.CompilationProblems);
        Assert.NotNull(run.Output.GetTypeByMetadataName(referenceType.Replace("@", "", StringComparison.Ordinal)));
        using var image = new MemoryStream();
        Assert.True(run.Output.Emit(image).Success, shape);
    }

    [Fact]
    public void Generate_NestedAndPartialInterfaces_OneReferenceEach()
    {
        var run = GeneratorHarness.Run((string)SupportedShapes.Single(row => ((string)row[0]).StartsWith("interfaces nested", StringComparison.Ordinal))[1]);

        Assert.Equal(
            ["Samples.IHolder.IInnerGrain.GrainReference.g.cs", "Samples.IPartialGrain.GrainReference.g.cs", "Samples.Outer.INestedGrain.GrainReference.g.cs"],
            run.Sources.Keys.Order(StringComparer.Ordinal));
        Assert.NotNull(run.Output.GetTypeByMetadataName("Samples.IHolder_InnerGrainReference"));
    }

    [Fact]
    public void Generate_InheritedGrainInterface_ImplementsEveryMethodOnce()
    {
        var run = GeneratorHarness.Run((string)SupportedShapes.Single(row => ((string)row[0]).StartsWith("inherited", StringComparison.Ordinal))[1]);

        var store = run.Output.GetTypeByMetadataName("Samples.StoreReference")!;
        var implemented = store.GetMembers().OfType<IMethodSymbol>()
            .SelectMany(method => method.ExplicitInterfaceImplementations)
            .Select(method => method.ToDisplayString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Samples.IReader.PingAsync()", "Samples.IReader.ReadAsync()", "Samples.IStore.ReadAsync()", "Samples.IWriter.PingAsync()", "Samples.IWriter.WriteAsync(int)"],
            implemented);
        // The reader and writer get their own references too; the store's reference serves all three interfaces.
        Assert.Equal(3, run.Sources.Count);
    }
}
