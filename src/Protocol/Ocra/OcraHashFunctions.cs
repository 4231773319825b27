using System.Security.Cryptography;

namespace Inkan.Protocol.Ocra;

/// <summary>Maps <see cref="OcraHash"/> to the framework's one-shot hash and HMAC functions.</summary>
internal static class OcraHashFunctions
{
    public static int Size(OcraHash hash) => hash switch
    {
        OcraHash.Sha1 => SHA1.HashSizeInBytes,
        OcraHash.Sha256 => SHA256.HashSizeInBytes,
        _ => SHA512.HashSizeInBytes,
    };

    public static byte[] Hmac(OcraHash hash, ReadOnlySpan<byte> key, ReadOnlySpan<byte> message) => hash switch
    {
        OcraHash.Sha1 => HMACSHA1.HashData(key, message),
        OcraHash.Sha256 => HMACSHA256.HashData(key, message),
        _ => HMACSHA512.HashData(key, message),
    };
}
