namespace Inkan.Silo;

/// <summary>
/// Names a grain class in storage. Without it the name is the class name without its
/// <c>Grain</c> suffix, lowercased; give one before renaming a class that has stored state.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    /// <summary>The stable storage name.</summary>
    public string Name { get; } = name;
}
