using System.Linq.Expressions;
using System.Reflection;

namespace Inkan.Silo.Runtime;

/// <summary>Creates the generated reference class of grain interface <typeparamref name="TGrain"/>; found once per interface.</summary>
internal static class GrainReferenceFactory<TGrain>
{
    public static readonly Func<GrainId, GrainRuntime, TGrain> Create = Build();

    private static Func<GrainId, GrainRuntime, TGrain> Build()
    {
        var referenceClass = typeof(TGrain).Assembly.GetTypes()
            .FirstOrDefault(t => t.GetCustomAttribute<GeneratedGrainReferenceAttribute>()?.GrainInterface == typeof(TGrain))
            ?? throw new InvalidOperationException(
                $"No generated reference for {typeof(TGrain)}: its project must import src/Silo/Generator/UseGrainGenerator.props.");
        var grainId = Expression.Parameter(typeof(GrainId));
        var runtime = Expression.Parameter(typeof(GrainRuntime));
        var constructor = referenceClass.GetConstructor([typeof(GrainId), typeof(GrainRuntime)])!;
        return Expression.Lambda<Func<GrainId, GrainRuntime, TGrain>>(Expression.New(constructor, grainId, runtime), grainId, runtime).Compile();
    }
}
