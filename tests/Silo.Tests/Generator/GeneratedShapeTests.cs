namespace Inkan.Silo.Tests.Generator;

/// <summary>The reference method and request struct generated for each of the four return kinds.</summary>
public sealed class GeneratedShapeTests
{
    private const string Source = """
        using System.Threading.Tasks;
        namespace Samples;
        public interface ITokenGrain : Inkan.Silo.IGrainWithStringKey
        {
            Task<string> VerifyAsync(string code, int n);
            ValueTask<int> CountAsync();
            Task ResetAsync(string? reason);
            ValueTask TouchAsync();
        }
        """;

    private static readonly string Generated = GeneratorHarness.Run(Source).SingleSource;

    [Fact]
    public void Emit_Class_IsAttributedSealedReferenceWithRuntimeConstructor()
    {
        Assert.Contains(
            """
            namespace Samples;

            [global::Inkan.Silo.Runtime.GeneratedGrainReference(typeof(global::Samples.ITokenGrain))]
            [global::System.CodeDom.Compiler.GeneratedCode("Inkan.Silo.Generator", "1.0")]
            internal sealed class TokenGrainReference : global::Inkan.Silo.Runtime.GrainReference, global::Samples.ITokenGrain
            {
                public TokenGrainReference(global::Inkan.Silo.GrainId grainId, global::Inkan.Silo.Runtime.GrainRuntime runtime)
                    : base(grainId, runtime)
            """,
            Generated,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Emit_TaskOfT_WrapsRuntimeAnswerAsTaskAndGrainTaskAsValueTask()
    {
        AssertContainsLines(
            "global::System.Threading.Tasks.Task<string> global::Samples.ITokenGrain.VerifyAsync(string code, int n)",
            "    => this.InvokeAsync<global::Samples.ITokenGrain, VerifyAsync_0, string>(new VerifyAsync_0(code, n)).AsTask();",
            "private readonly struct VerifyAsync_0 : global::Inkan.Silo.Runtime.IGrainRequest<global::Samples.ITokenGrain, string>",
            "    private readonly string _code;",
            "    private readonly int _n;",
            "        this._code = code;",
            "    public string MethodName => \"VerifyAsync\";",
            "    public global::System.Threading.Tasks.ValueTask<string> Invoke(global::Samples.ITokenGrain grain)",
            "        => new(grain.VerifyAsync(this._code, this._n));");
    }

    [Fact]
    public void Emit_ValueTaskOfT_PassesValueTasksThrough()
    {
        AssertContainsLines(
            "global::System.Threading.Tasks.ValueTask<int> global::Samples.ITokenGrain.CountAsync()",
            "    => this.InvokeAsync<global::Samples.ITokenGrain, CountAsync_1, int>(new CountAsync_1());",
            "private readonly struct CountAsync_1 : global::Inkan.Silo.Runtime.IGrainRequest<global::Samples.ITokenGrain, int>",
            "    public global::System.Threading.Tasks.ValueTask<int> Invoke(global::Samples.ITokenGrain grain)",
            "        => grain.CountAsync();");
    }

    [Fact]
    public void Emit_Task_UsesVoidResultAndTaskHelpers()
    {
        AssertContainsLines(
            "global::System.Threading.Tasks.Task global::Samples.ITokenGrain.ResetAsync(string? reason)",
            "    => global::Inkan.Silo.Runtime.GrainReference.ToTask(this.InvokeAsync<global::Samples.ITokenGrain, ResetAsync_2, global::Inkan.Silo.Runtime.VoidResult>(new ResetAsync_2(reason)));",
            "private readonly struct ResetAsync_2 : global::Inkan.Silo.Runtime.IGrainRequest<global::Samples.ITokenGrain, global::Inkan.Silo.Runtime.VoidResult>",
            "    private readonly string? _reason;",
            "        => global::Inkan.Silo.Runtime.GrainReference.FromTask(grain.ResetAsync(this._reason));");
    }

    [Fact]
    public void Emit_ValueTask_UsesVoidResultAndValueTaskHelpers()
    {
        AssertContainsLines(
            "global::System.Threading.Tasks.ValueTask global::Samples.ITokenGrain.TouchAsync()",
            "    => global::Inkan.Silo.Runtime.GrainReference.ToValueTask(this.InvokeAsync<global::Samples.ITokenGrain, TouchAsync_3, global::Inkan.Silo.Runtime.VoidResult>(new TouchAsync_3()));",
            "    public string MethodName => \"TouchAsync\";",
            "        => global::Inkan.Silo.Runtime.GrainReference.FromValueTask(grain.TouchAsync());");
    }

    [Fact]
    public void Emit_InheritedMethod_CallsGrainThroughDeclaringInterface()
    {
        var generated = GeneratorHarness.Run(
            "namespace Samples; public interface IBase : Inkan.Silo.IGrain { System.Threading.Tasks.Task PingAsync(); }",
            "namespace Samples; public interface IChildGrain : IBase, Inkan.Silo.IGrainWithStringKey;")
            .Sources["Samples.IChildGrain.GrainReference.g.cs"];

        Assert.Contains("global::Samples.IBase.PingAsync()", generated, StringComparison.Ordinal);
        Assert.Contains("FromTask(((global::Samples.IBase)grain).PingAsync())", generated, StringComparison.Ordinal);
        Assert.Contains("IGrainRequest<global::Samples.IChildGrain, global::Inkan.Silo.Runtime.VoidResult>", generated, StringComparison.Ordinal);
    }

    private static void AssertContainsLines(params string[] lines)
    {
        var generatedLines = Generated.Split('\n').Select(line => line.Trim()).ToHashSet(StringComparer.Ordinal);
        Assert.All(lines, line => Assert.Contains(line.Trim(), generatedLines));
    }
}
