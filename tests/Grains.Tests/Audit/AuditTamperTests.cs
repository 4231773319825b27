using Inkan.Grains.Audit;
using Inkan.Grains.Tests.Support;

namespace Inkan.Grains.Tests.Audit;

/// <summary>Tampering with the stored audit log of a SQLite silo is found, and pinpointed, after a restart.</summary>
/// <remarks>
/// The token's chain of the life cycle: 1 imported, 2 registered, 3–7 failures 1–5, 8 locked, 9 unlocked,
/// 10 succeeded, 11 revoked. The first token <see cref="Bank"/> imports has serial 1000001.
/// </remarks>
public sealed class AuditTamperTests
{
    private const string Chain = "token/0001000001";
    private const string Log = "audit/token/0001000001";

    // Rows of the chain by position (1-based sequence = position + 1 in an untouched chain).
    private const string RowOfSequence = $"(SELECT id FROM grain_log WHERE log = '{Log}' ORDER BY id LIMIT 1 OFFSET $offset)";

    private static async Task<AuditVerification> TamperAndVerifyAsync(string sql, params (string, object)[] parameters)
    {
        using var directory = new SqliteDirectory();
        var masterKey = DomainSilo.NewMasterKey();
        await using (var silo = await DomainSilo.StartAsync(directory.Path, masterKey: masterKey))
        {
            Assert.Equal(Chain, AuditChains.ForToken(await AuditTrailTests.RunLifeCycleAsync(new Bank(silo))));
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

        Assert.Equal(new AuditVerification(AuditFault.Altered, 4, 5), result);
    }

    [Fact]
    public async Task VerifyAsync_EntryDeleted_NamesMissingSequence()
    {
        var result = await TamperAndVerifyAsync($"DELETE FROM grain_log WHERE id = {RowOfSequence}", ("$offset", 7));

        Assert.Equal(new AuditVerification(AuditFault.Deleted, 7, 8), result);
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
        Assert.Equal(11, result.Sequence);
    }
}
