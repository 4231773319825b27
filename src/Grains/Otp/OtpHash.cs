using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace Inkan.Grains.Otp;

/// <summary>
/// How an OTP is kept: HMAC-SHA256 of the OTP keyed with a random 16-byte salt of its own, both Base64.
/// The OTP itself is never stored; checking compares in constant time.
/// </summary>
public sealed class OtpHash
{
    private const int SaltLength = 16;

    /// <summary>For deserialization; use <see cref="Create"/>.</summary>
    public OtpHash()
    {
    }

    private OtpHash(string salt, string mac)
    {
        Salt = salt;
        Mac = mac;
    }

    /// <summary>The salt, Base64.</summary>
    [JsonInclude]
    public string Salt { get; internal set; } = string.Empty;

    /// <summary>HMAC-SHA256(salt, OTP), Base64.</summary>
    [JsonInclude]
    public string Mac { get; internal set; } = string.Empty;

    /// <summary>Hashes <paramref name="otp"/> with a fresh salt.</summary>
    public static OtpHash Create(string otp)
    {
        ArgumentException.ThrowIfNullOrEmpty(otp);
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        return new OtpHash(Convert.ToBase64String(salt), Convert.ToBase64String(Compute(salt, otp)));
    }

    /// <summary>Whether <paramref name="candidate"/> (as typed, see <see cref="OtpCode.Normalize"/>) is the hashed OTP; false for a damaged hash.</summary>
    public bool Matches(string? candidate)
    {
        Span<byte> salt = stackalloc byte[SaltLength];
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64String(Salt, salt, out var saltLength) || saltLength != SaltLength
            || !Convert.TryFromBase64String(Mac, expected, out var macLength) || macLength != expected.Length)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Compute(salt, OtpCode.Normalize(candidate)), expected);
    }

    /// <summary>Never shows the hash: with few digits it could be searched for the OTP.</summary>
    public override string ToString() => "OtpHash { *** }";

    private static byte[] Compute(ReadOnlySpan<byte> salt, string otp) =>
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(otp));
}
