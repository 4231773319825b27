using System.Security.Cryptography;

namespace Inkan.Grains.ApiKeys;

/// <summary>API key ids: 64 random bits as 16 lowercase hex characters, the public part of a key.</summary>
public static class ApiKeyIds
{
    /// <summary>A new key id.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    /// <summary>Whether <paramref name="id"/> has the shape of a key id.</summary>
    public static bool IsValid(string? id) => id is { Length: 16 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
