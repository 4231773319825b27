using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Inkan.Grains.Transactions;

/// <summary>
/// Transaction IDs: 32 lowercase hex characters, the creation's Unix millisecond (48 bits) and then 80 random bits.
/// The time prefix makes new transactions follow each other in the storage's primary key, so that one commit's
/// creations share index pages instead of each dirtying its own; the 80 random bits keep IDs unguessable.
/// </summary>
public static class TransactionIds
{
    private const int TimeBytes = 6;

    /// <summary>A new transaction ID for a transaction created now.</summary>
    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        Span<byte> id = stackalloc byte[16];
        RandomNumberGenerator.Fill(id[TimeBytes..]);
        Span<byte> milliseconds = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(milliseconds, time.GetUtcNow().ToUnixTimeMilliseconds());
        milliseconds[(sizeof(long) - TimeBytes)..].CopyTo(id);
        return Convert.ToHexStringLower(id);
    }

    /// <summary>Whether <paramref name="id"/> has the shape of a transaction ID.</summary>
    public static bool IsValid(string? id) => id is { Length: 32 } && id.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
