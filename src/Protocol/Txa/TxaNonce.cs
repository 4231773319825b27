using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Inkan.Protocol.Txa;

/// <summary>The challenge nonce of a TXA1 payload: 128 random bits written as 32 upper-case hexadecimal characters.</summary>
public static class TxaNonce
{
    /// <summary>The number of characters of a nonce.</summary>
    public const int Length = 32;

    /// <summary>Creates a new nonce from the system's cryptographic random number generator.</summary>
    public static string Create() => Convert.ToHexString(RandomNumberGenerator.GetBytes(Length / 2));

    /// <summary>Whether the text is exactly 32 characters of 0-9 and A-F.</summary>
    public static bool IsValid([NotNullWhen(true)] string? nonce) =>
        nonce is { Length: Length } && nonce.All(c => char.IsAsciiDigit(c) || c is >= 'A' and <= 'F');
}
