namespace Inkan.Grains.Security;

/// <summary>The master key given in configuration as base64 (for deployments with a secret store).</summary>
public sealed class ConfiguredMasterKeySource : IMasterKeySource
{
    private readonly byte[] _key;

    /// <summary>Decodes <paramref name="base64Key"/>.</summary>
    /// <exception cref="ArgumentException">The value is not base64 of exactly 32 bytes (the message never repeats it).</exception>
    public ConfiguredMasterKeySource(string base64Key)
    {
        var key = new byte[MasterKey.Length];
        if (!Convert.TryFromBase64String(base64Key ?? "", key, out var written) || written != MasterKey.Length)
        {
            throw new ArgumentException($"{nameof(KeyProtectionOptions.MasterKey)} must be base64 of exactly {MasterKey.Length} bytes.", nameof(base64Key));
        }

        _key = key;
    }

    /// <inheritdoc />
    public byte[] GetMasterKey() => (byte[])_key.Clone();
}
