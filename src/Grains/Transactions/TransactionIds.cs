using System.Security.Cryptography;

namespace Inkan.Grains.Transactions;

/// <summary>Transaction IDs: 128 random bits as 32 lowercase hex characters, unguessable by other users.</summary>
public static class TransactionIds
{
    /// <summary>A new transaction ID.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Whether <paramref name="id"/> has the shape of a transaction ID.</summary>
    public static bool IsValid(string? id) => id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
