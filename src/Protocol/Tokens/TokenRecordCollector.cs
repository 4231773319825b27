namespace Inkan.Protocol.Tokens;

/// <summary>
/// Gathers the entries of a batch file being read: accepts well-formed ones, notes every problem
/// with the entry it concerns, and rejects repeated serials; <see cref="Finish"/> throws if anything was wrong.
/// </summary>
internal sealed class TokenRecordCollector
{
    private const int MaxShownSerial = 20;
    private readonly List<TokenRecord> records = [];
    private readonly List<(string Entry, string Line)> problems = [];
    private readonly Dictionary<string, string> entryBySerial = new(StringComparer.Ordinal);

    /// <summary>A readable name for an entry: its position and, when present, its serial.</summary>
    public static string Name(string position, string? serial) =>
        string.IsNullOrWhiteSpace(serial)
            ? position
            : $"{position} (serial {(serial.Length > MaxShownSerial ? serial[..MaxShownSerial] + "…" : serial)})";

    public void Reject(string entry, string reason) => problems.Add((entry, $"{entry}: {reason}"));

    public void Accept(string entry, string? serial, byte[] key)
    {
        if (!TokenSerial.IsValid(serial))
        {
            Reject(entry, $"the serial must be exactly {TokenSerial.Length} digits");
        }
        else if (key.Length != TokenSerial.KeyLength)
        {
            Reject(entry, $"the key is {key.Length} bytes; Inkan tokens need {TokenSerial.KeyLength}-byte keys");
        }
        else if (!entryBySerial.TryAdd(serial, entry))
        {
            Reject(entry, $"the serial repeats {entryBySerial[serial]}");
        }
        else
        {
            records.Add(new TokenRecord(serial, key));
        }
    }

    public IReadOnlyList<TokenRecord> Finish(string fileKind)
    {
        if (problems.Count > 0)
        {
            var (entry, first) = problems[0];
            var more = problems.Count switch
            {
                1 => string.Empty,
                2 => " (and 1 more unusable entry)",
                _ => $" (and {problems.Count - 1} more unusable entries)",
            };
            throw new TokenBatchFormatException(
                $"{fileKind} cannot be imported: {first}{more}", entry, [.. problems.Select(p => p.Line)], innerException: null);
        }

        return records.Count > 0 ? records : throw new TokenBatchFormatException($"{fileKind} contains no tokens.");
    }
}
