using System.Security.Cryptography;
using System.Text;

namespace Inkan.Grains.Security;

/// <summary>
/// Encrypts token keys at rest with AES-256-GCM under the master key. The token's serial is bound in as
/// associated data, so a ciphertext moved to another token's record does not decrypt.
/// Layout: version byte 1, 12-byte nonce, 16-byte tag, ciphertext.
/// </summary>
public sealed class TokenKeyProtector
{
    private const byte FormatVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private const int HeaderSize = 1 + NonceSize + TagSize;

    private readonly byte[] _masterKey;

    /// <summary>Creates the protector with the key of <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentException">The source's key is not 32 bytes.</exception>
    public TokenKeyProtector(IMasterKeySource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _masterKey = source.GetMasterKey();
        if (_masterKey.Length != MasterKey.Length)
        {
            throw new ArgumentException($"The master key must be {MasterKey.Length} bytes.", nameof(source));
        }
    }

    /// <summary>Encrypts <paramref name="key"/>, the secret of token <paramref name="serial"/>.</summary>
    public byte[] Protect(string serial, ReadOnlySpan<byte> key)
    {
        ArgumentException.ThrowIfNullOrEmpty(serial);
        var blob = new byte[HeaderSize + key.Length];
        blob[0] = FormatVersion;
        var nonce = blob.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_masterKey, TagSize);
        aes.Encrypt(nonce, key, blob.AsSpan(HeaderSize), blob.AsSpan(1 + NonceSize, TagSize), AssociatedData(serial));
        return blob;
    }

    /// <summary>Decrypts the stored key of token <paramref name="serial"/>.</summary>
    /// <exception cref="CryptographicException">Wrong master key, another token's record, or an altered record.</exception>
    public byte[] Unprotect(string serial, byte[] protectedKey)
    {
        ArgumentException.ThrowIfNullOrEmpty(serial);
        ArgumentNullException.ThrowIfNull(protectedKey);
        if (protectedKey.Length < HeaderSize || protectedKey[0] != FormatVersion)
        {
            throw new CryptographicException($"The stored key of token {serial} has an unknown format.");
        }

        var key = new byte[protectedKey.Length - HeaderSize];
        try
        {
            using var aes = new AesGcm(_masterKey, TagSize);
            aes.Decrypt(protectedKey.AsSpan(1, NonceSize), protectedKey.AsSpan(HeaderSize), protectedKey.AsSpan(1 + NonceSize, TagSize), key, AssociatedData(serial));
            return key;
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CryptographicException($"The stored key of token {serial} does not decrypt: wrong master key or altered record.", e);
        }
    }

    private static byte[] AssociatedData(string serial) => Encoding.UTF8.GetBytes("inkan-token-key:" + serial);
}
