namespace Inkan.Grains.Security;

/// <summary>Where the token master key comes from (configuration section <c>Inkan:KeyProtection</c>).</summary>
public sealed class KeyProtectionOptions
{
    /// <summary>The master key as base64 of 32 bytes, e.g. from a secret store; wins over <see cref="KeyFile"/>.</summary>
    public string? MasterKey { get; set; }

    /// <summary>The key file; relative paths are under the data directory. Generated on first use when missing.</summary>
    public string KeyFile { get; set; } = "token-master.key";
}
