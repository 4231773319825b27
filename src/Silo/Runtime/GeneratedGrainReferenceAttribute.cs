namespace Inkan.Silo.Runtime;

/// <summary>Put by the source generator on the reference class it generates for a grain interface.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GeneratedGrainReferenceAttribute(Type grainInterface) : Attribute
{
    /// <summary>The grain interface the class implements.</summary>
    public Type GrainInterface { get; } = grainInterface;
}
