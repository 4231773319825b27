using Inkan.Grains.Audit;

namespace Inkan.Grains.Tests.Audit;

public class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2030, 1, 1, 9, 0, 0, TimeSpan.FromHours(9));

    private static List<AuditEntry> Chain(int count)
    {
        var entries = new List<AuditEntry>();
        var head = AuditHead.Empty;
        for (var i = 0; i < count; i++)
        {
            var record = new AuditRecord(AuditEventType.ConfirmationFailed, "C1", $"user{i}", "0000000001", $"tx{i}", $"failures={i + 1}");
            var entry = AuditChain.Append(head, Start.AddSeconds(i), record);
            entries.Add(entry);
            head = new AuditHead(entry.Sequence, entry.Hash);
        }

        return entries;
    }

    private static AuditHead HeadOf(List<AuditEntry> entries) => new(entries[^1].Sequence, entries[^1].Hash);

    [Fact]
    public void Verify_UntouchedChain_IsIntact()
    {
        var entries = Chain(6);

        Assert.True(AuditChain.Verify(entries, HeadOf(entries)).IsIntact);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (long)i), entries.Select(e => e.Sequence));
    }

    [Fact]
    public void Verify_AlteredDetails_PinpointsEntry()
    {
        var entries = Chain(6);
        entries[3] = entries[3] with { Record = entries[3].Record with { Details = "failures=0" } };

        Assert.Equal(new AuditVerification(AuditFault.Altered, 3, 4), AuditChain.Verify(entries));
    }

    [Fact]
    public void Verify_AlteredAndRehashedEntry_PinpointsItThroughSuccessorsLink()
    {
        var entries = Chain(6);
        var forged = entries[2] with { Record = entries[2].Record with { UserId = "mallory" } };
        entries[2] = forged with { Hash = AuditChain.ComputeHash(forged) };

        Assert.Equal(new AuditVerification(AuditFault.Altered, 2, 3), AuditChain.Verify(entries));
    }

    [Fact]
    public void Verify_AlteredTime_PinpointsEntry()
    {
        var entries = Chain(4);
        entries[1] = entries[1] with { Time = entries[1].Time.AddMinutes(-1) };

        Assert.Equal(new AuditVerification(AuditFault.Altered, 1, 2), AuditChain.Verify(entries));
    }

    [Fact]
    public void Verify_DeletedEntry_NamesMissingSequence()
    {
        var entries = Chain(6);
        entries.RemoveAt(2);

        Assert.Equal(new AuditVerification(AuditFault.Deleted, 2, 3), AuditChain.Verify(entries));
    }

    [Fact]
    public void Verify_SwappedEntries_DetectsReorder()
    {
        var entries = Chain(6);
        (entries[3], entries[4]) = (entries[4], entries[3]);

        Assert.Equal(new AuditVerification(AuditFault.Reordered, 3, 5), AuditChain.Verify(entries));
    }

    [Fact]
    public void Verify_EntryMovedToEnd_DetectsReorder()
    {
        var entries = Chain(5);
        var moved = entries[1];
        entries.RemoveAt(1);
        entries.Add(moved);

        Assert.Equal(AuditFault.Reordered, AuditChain.Verify(entries).Fault);
        Assert.Equal(1, AuditChain.Verify(entries).Position);
    }

    [Fact]
    public void Verify_LastEntryDeletedWithHead_DetectsTruncation()
    {
        var entries = Chain(5);
        var head = HeadOf(entries);
        entries.RemoveAt(4);

        Assert.True(AuditChain.Verify(entries).IsIntact);
        Assert.Equal(new AuditVerification(AuditFault.Truncated, 4, 5), AuditChain.Verify(entries, head));
    }

    [Fact]
    public void Verify_LastEntryRewrittenWithHead_DetectsAlteration()
    {
        var entries = Chain(5);
        var head = HeadOf(entries);
        var forged = entries[4] with { Record = entries[4].Record with { Details = "failures=0" } };
        entries[4] = forged with { Hash = AuditChain.ComputeHash(forged) };

        Assert.Equal(new AuditVerification(AuditFault.Altered, 4, 5), AuditChain.Verify(entries, head));
    }

    [Fact]
    public void Verify_EntryAppendedBeyondHead_DetectsAlteration()
    {
        var entries = Chain(3);
        var head = HeadOf(entries);
        entries.Add(AuditChain.Append(head, Start.AddHours(1), new AuditRecord(AuditEventType.TokenUnlocked, TokenSerial: "0000000001")));

        Assert.Equal(new AuditVerification(AuditFault.Altered, 3, 4), AuditChain.Verify(entries, head));
    }

    [Fact]
    public void ComputeHash_NullAndEmptyField_Differ()
    {
        var entry = Chain(1)[0];

        Assert.NotEqual(
            AuditChain.ComputeHash(entry with { Record = entry.Record with { Details = null } }),
            AuditChain.ComputeHash(entry with { Record = entry.Record with { Details = "" } }));
    }

    [Fact]
    public void ComputeHash_FieldBoundaryShift_Differs()
    {
        var entry = Chain(1)[0];

        Assert.NotEqual(
            AuditChain.ComputeHash(entry with { Record = entry.Record with { ContractId = "C1", UserId = "ab" } }),
            AuditChain.ComputeHash(entry with { Record = entry.Record with { ContractId = "C1a", UserId = "b" } }));
    }

    [Fact]
    public void ComputeHash_KnownEntry_MatchesTheCanonicalEncoding()
    {
        // Pinned so that chains stored by earlier builds keep verifying: SHA-256 over the length-prefixed UTF-8
        // fields (-1 for null), computed independently of this code.
        var entry = new AuditEntry(
            1, new DateTimeOffset(2026, 11, 21, 0, 0, 0, TimeSpan.Zero), new AuditRecord(AuditEventType.TokenLocked, "C1", "ﾔﾏﾀﾞ", "0000000001", null, "limit=5"), AuditChain.GenesisHash, "");

        Assert.Equal("58552abed0ba626b59b5b22836c327725f0bb452a863c3bcd2324211b4206c2f", AuditChain.ComputeHash(entry));
    }
}
