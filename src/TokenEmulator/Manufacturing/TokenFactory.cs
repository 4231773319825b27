using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Inkan.Protocol.Tokens;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Manufacturing;

/// <summary>Makes new tokens: consecutive 10-digit serials and a fresh random 32-byte secret for each.</summary>
internal static class TokenFactory
{
    public const int MaxCount = 100_000;
    private const long FirstRandomStart = 1_000_000_000;
    private const long LastSerial = 9_999_999_999;

    public static IReadOnlyList<TokenRecord> Make(int count, string? firstSerial)
    {
        if (count is < 1 or > MaxCount)
        {
            throw new EmulatorException($"--count must be from 1 to {MaxCount}");
        }

        var first = firstSerial is null ? RandomStart(count) : Parse(firstSerial);
        if (first + count - 1 > LastSerial)
        {
            throw new EmulatorException($"--first-serial {firstSerial} leaves no room for {count} serials of {TokenSerial.Length} digits");
        }

        return [.. Enumerable.Range(0, count).Select(i => new TokenRecord(
            (first + i).ToString("D10", CultureInfo.InvariantCulture),
            RandomNumberGenerator.GetBytes(TokenSerial.KeyLength)))];
    }

    private static long Parse(string serial) =>
        TokenSerial.IsValid(serial)
            ? long.Parse(serial, NumberStyles.None, CultureInfo.InvariantCulture)
            : throw new EmulatorException($"--first-serial must be {TokenSerial.Length} digits");

    private static long RandomStart(int count)
    {
        // Serials are not secret; a random start only keeps batches made on different machines apart.
        var range = (ulong)(LastSerial - count + 1 - FirstRandomStart + 1);
        var random = BinaryPrimitives.ReadUInt64LittleEndian(RandomNumberGenerator.GetBytes(sizeof(ulong)));
        return FirstRandomStart + (long)(random % range);
    }
}
