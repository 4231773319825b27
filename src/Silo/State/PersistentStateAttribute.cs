namespace Inkan.Silo;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the runtime
/// supplies the state named <see cref="StateName"/>, loaded before activation.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName) : Attribute
{
    /// <summary>The state's name within the grain; part of its storage key.</summary>
    public string StateName { get; } = stateName;
}
