namespace Inkan.Silo;

/// <summary>Identity of a grain: its interface and its key.</summary>
public readonly record struct GrainId(Type Interface, string Key)
{
    /// <inheritdoc />
    public override string ToString() => $"{Interface.Name}/{Key}";
}
