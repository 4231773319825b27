using System.Reflection;
using Inkan.Silo.Runtime;
using Inkan.Silo.Tests.Generator.Samples;

namespace Inkan.Silo.Tests.Generator;

/// <summary>The reference the build generated for <see cref="ISampleGrain"/>, found as the runtime finds it.</summary>
public sealed class SampleGrainReferenceTests
{
    private static readonly Type Reference = typeof(ISampleGrain).Assembly.GetTypes()
        .Single(type => type.GetCustomAttribute<GeneratedGrainReferenceAttribute>()?.GrainInterface == typeof(ISampleGrain));

    [Fact]
    public void Build_SampleGrainInterface_HasSealedReferenceImplementingIt()
    {
        Assert.True(typeof(ISampleGrain).IsAssignableFrom(Reference));
        Assert.Equal(typeof(GrainReference), Reference.BaseType);
        Assert.True(Reference.IsSealed);
        Assert.Equal(typeof(ISampleGrain).Namespace, Reference.Namespace);
        Assert.NotNull(Reference.GetConstructor([typeof(GrainId), typeof(GrainRuntime)]));
    }

    [Fact]
    public async Task Invoke_TaskOfTRequest_CallsGrainWithArguments()
    {
        var result = await Invoke<string>("EchoAsync", new SampleGrain(), "ab", 3);

        Assert.Equal("ababab", result);
    }

    [Fact]
    public async Task Invoke_ValueTaskOfTRequest_CallsGrainWithArguments()
    {
        Assert.Equal(42, await Invoke<int>("AddAsync", new SampleGrain(), 40, 2));
    }

    [Fact]
    public async Task Invoke_TaskAndValueTaskRequests_CallGrainAndReturnVoidResult()
    {
        var grain = new SampleGrain();

        Assert.Equal(default, await Invoke<VoidResult>("RecordAsync", grain, "first"));
        Assert.Equal(["first"], grain.Entries);
        Assert.Equal(default, await Invoke<VoidResult>("ClearAsync", grain));
        Assert.Empty(grain.Entries);
    }

    private static ValueTask<TResult> Invoke<TResult>(string methodName, ISampleGrain grain, params object[] arguments)
    {
        var requestType = Reference.GetNestedTypes(BindingFlags.NonPublic)
            .Single(type => type.Name.StartsWith(methodName + "_", StringComparison.Ordinal));
        var request = (IGrainRequest<ISampleGrain, TResult>)Activator.CreateInstance(requestType, arguments)!;
        Assert.Equal(methodName, request.MethodName);
        return request.Invoke(grain);
    }
}
