namespace Inkan.Grains.KeyRing;

/// <summary>Persisted state of a key ring grain: its elements in the order they were added.</summary>
public sealed class KeyRingState
{
    /// <summary>The ring's elements.</summary>
    public List<KeyRingElement> Elements { get; set; } = [];
}
