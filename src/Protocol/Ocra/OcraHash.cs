namespace Inkan.Protocol.Ocra;

/// <summary>A hash function named in an OCRA suite, for the HMAC or for the PIN hash.</summary>
public enum OcraHash
{
    /// <summary>SHA-1 (20-byte digest).</summary>
    Sha1,

    /// <summary>SHA-256 (32-byte digest).</summary>
    Sha256,

    /// <summary>SHA-512 (64-byte digest).</summary>
    Sha512,
}
