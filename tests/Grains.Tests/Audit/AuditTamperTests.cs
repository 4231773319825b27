using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Audit;

/// <summary>Tampering with the stored audit log of a SQLite silo is found, and pinpointed, after a restart.</summary>
public sealed class AuditTamperTests
{
    private const string Chain = "contract/C1";
    private const string Log = "audit/contract/C1";

    // Rows of the chain by position (1-based sequence = position + 1 in an untouched chain).
    private const string RowOfSequence = $"(SELECT id FROM grain_log WHERE log = '{Log}' ORDER BY id LIMIT 1 OFFSET $offset)";

    private static async Task<AuditVerification> TamperAndVerifyAsync(string sql, params (string, object)[] parameters)
    {
        using var directory = new SqliteDirectory();
        var masterKey = DomainSilo.NewMasterKey();
        await using (var silo = await DomainSilo.StartAsync(directory.Path, masterKey: masterKey))
        {
            await AuditTrailTests.RunLifeCycleAsync(new Bank(silo));
            Assert.True((await silo.Audit.VerifyAsync(Chain, CancellationToken.None)).IsIntact);
        }

        Assert.Equal(1, directory.Execute(sql, parameters));
        await using var restarted = await DomainSilo.StartAsync(directory.Path, masterKey: masterKey);
        return await restarted.Audit.VerifyAsync(Chain, CancellationToken.None);
    }

    [Fact]
    public async Task VerifyAsync_FailureCountRewritten_PinpointsAlteredEntry()
    {
        var result = await TamperAndVerifyAsync(
            $"UPDATE grain_log SET payload = replace(payload, 'failures=3', 'failures=0') WHERE log = '{Log}' AND payload LIKE '%failures=3%'");

        Assert.Equal(new AuditVerification(AuditFault.Altered, 7, 8), result);
    }

    [Fact]
    public async Task VerifyAsync_EntryDeleted_NamesMissingSequence()
    {
        var result = await TamperAndVerifyAsync($"DELETE FROM grain_log WHERE id = {RowOfSequence}", ("$offset", 10));

        Assert.Equal(new AuditVerification(AuditFault.Deleted, 10, 11), result);
    }

    [Fact]
    public async Task VerifyAsync_EntriesSwapped_DetectsReorder()
    {
        // Moving entry 4 behind entry 5: its row gets an id after entry 5's.
        var result = await TamperAndVerifyAsync(
            $"UPDATE grain_log SET id = (SELECT max(id) + 1 FROM grain_log) WHERE id = {RowOfSequence}", ("$offset", 3));

        Assert.Equal(AuditFault.Reordered, result.Fault);
        Assert.Equal(3, result.Position);
    }

    [Fact]
    public async Task VerifyAsync_LastEntryDeleted_DetectsTruncation()
    {
        var result = await TamperAndVerifyAsync($"DELETE FROM grain_log WHERE id = (SELECT max(id) FROM grain_log WHERE log = '{Log}')");

        Assert.Equal(AuditFault.Truncated, result.Fault);
        Assert.Equal(15, result.Sequence);
    }
}
