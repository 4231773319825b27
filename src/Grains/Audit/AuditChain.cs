using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inkan.Grains.Audit;

/// <summary>
/// Builds and verifies the audit hash chain. Each entry's hash is SHA-256 over a canonical,
/// length-prefixed encoding of its sequence, UTC time, record fields and the previous entry's hash,
/// so changing, removing or moving any entry breaks the chain at that point.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    private const string Domain = "INKAN-AUDIT-1";

    /// <summary>The entry that follows <paramref name="head"/>.</summary>
    public static AuditEntry Append(AuditHead head, DateTimeOffset time, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(head);
        ArgumentNullException.ThrowIfNull(record);
        var unsigned = new AuditEntry(head.Sequence + 1, time, record, head.Hash, "");
        return unsigned with { Hash = ComputeHash(unsigned) };
    }

    /// <summary>The hash <paramref name="entry"/> should carry, from everything but its own hash.</summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var r = entry.Record;
        string?[] fields =
        [
            Domain,
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.Time.UtcTicks.ToString(CultureInfo.InvariantCulture),
            r.EventType.ToString(),
            r.ContractId, r.UserId, r.TokenSerial, r.TransactionId, r.Details,
            entry.PreviousHash,
        ];
        // Encoded into one pooled buffer: this runs for every audited event, on the hot token's turn.
        var size = 0;
        foreach (var field in fields)
        {
            size += 4 + (field is null ? 0 : Encoding.UTF8.GetMaxByteCount(field.Length));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var written = 0;
            foreach (var field in fields)
            {
                var bytes = field is null ? -1 : Encoding.UTF8.GetBytes(field, buffer.AsSpan(written + 4));
                // -1 marks null so that null and "" encode differently.
                BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(written), bytes);
                written += 4 + Math.Max(bytes, 0);
            }

            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, written), hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Verifies a whole chain from sequence 1 and, when <paramref name="expectedHead"/> is given, that it
    /// ends there. Returns the first fault: altered, deleted, reordered or truncated entries.
    /// </summary>
    public static AuditVerification Verify(IReadOnlyList<AuditEntry> entries, AuditHead? expectedHead = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var expected = AuditHead.Empty;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (ComputeHash(entry) != entry.Hash)
            {
                return new AuditVerification(AuditFault.Altered, i, entry.Sequence);
            }

            if (entry.Sequence != expected.Sequence + 1)
            {
                return SequenceFault(entries, i, expected.Sequence + 1);
            }

            if (entry.PreviousHash != expected.Hash)
            {
                // This entry is intact, so its predecessor was rewritten (and rehashed) after it was linked.
                var altered = Math.Max(i - 1, 0);
                return new AuditVerification(AuditFault.Altered, altered, entries[altered].Sequence);
            }

            expected = new AuditHead(entry.Sequence, entry.Hash);
        }

        return expectedHead is null ? AuditVerification.Intact : CheckHead(entries, expected, expectedHead);
    }

    private static AuditVerification SequenceFault(IReadOnlyList<AuditEntry> entries, int position, long missing)
    {
        var sequence = entries[position].Sequence;
        for (var j = position + 1; j < entries.Count; j++)
        {
            if (entries[j].Sequence == missing)
            {
                return new AuditVerification(AuditFault.Reordered, position, sequence);
            }
        }

        return sequence > missing
            ? new AuditVerification(AuditFault.Deleted, position, missing)
            : new AuditVerification(AuditFault.Reordered, position, sequence);
    }

    private static AuditVerification CheckHead(IReadOnlyList<AuditEntry> entries, AuditHead reached, AuditHead expectedHead)
    {
        if (reached.Sequence < expectedHead.Sequence)
        {
            return new AuditVerification(AuditFault.Truncated, entries.Count, reached.Sequence + 1);
        }

        if (reached.Sequence > expectedHead.Sequence)
        {
            // Entries beyond the recorded head were never appended by the chain's holder.
            var first = (int)expectedHead.Sequence;
            return new AuditVerification(AuditFault.Altered, first, entries[first].Sequence);
        }

        if (reached.Hash != expectedHead.Hash)
        {
            return new AuditVerification(AuditFault.Altered, entries.Count - 1, reached.Sequence);
        }

        return AuditVerification.Intact;
    }
}
