namespace Inkan.Grains.Security;

/// <summary>Persisted state of the master key check: a known text sealed under the database's master key.</summary>
public sealed class MasterKeyCheckState
{
    /// <summary>The sealed text; null until the first node sealed it.</summary>
    public byte[]? Sealed { get; set; }
}
