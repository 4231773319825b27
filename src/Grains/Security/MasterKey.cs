namespace Inkan.Grains.Security;

/// <summary>Facts about the token master key.</summary>
public static class MasterKey
{
    /// <summary>The key length in bytes (AES-256).</summary>
    public const int Length = 32;
}
