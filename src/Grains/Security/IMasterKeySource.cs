namespace Inkan.Grains.Security;

/// <summary>Supplies the 32-byte master key that encrypts token keys at rest; the host chooses the source.</summary>
public interface IMasterKeySource
{
    /// <summary>Returns the master key (32 bytes).</summary>
    byte[] GetMasterKey();
}
