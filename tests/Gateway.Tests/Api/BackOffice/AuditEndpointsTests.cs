using System.Net;
using Inkan.Gateway.Api.BackOffice;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Audit;
using Inkan.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Api.BackOffice;

public sealed class AuditEndpointsTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task ContractAndTokenAudit_PageInOrder_AndRecordTheUnlockReference()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        for (var i = 0; i < 5; i++)
        {
            await Bank.ConfirmAsync(tx.TransactionId, ApiBank.WrongCode(token, tx));
        }

        await Client.PostJsonAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/unlock", new { reference = "FORM-77" });
        var contract = await ReadAllAsync($"{ApiBank.BackOffice}/contracts/{contractId}/audit", pageSize: 3);
        var entries = await ReadAllAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/audit", pageSize: 3);
        var verification = await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/audit/verification")).ReadAsync<AuditVerification>();

        Assert.Equal(Enumerable.Range(1, contract.Count).Select(i => (long)i), contract.Select(e => e.Sequence));
        Assert.Contains(contract, e => e.Record.EventType == AuditEventType.ChallengeIssued);
        Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Sequence));
        Assert.Equal(5, entries.Count(e => e.Record.EventType == AuditEventType.ConfirmationFailed));
        Assert.Contains(entries, e => e.Record.EventType == AuditEventType.TokenLocked);
        var unlock = Assert.Single(entries, e => e.Record.EventType == AuditEventType.TokenUnlocked);
        Assert.Equal("reference=FORM-77", unlock.Record.Details);
        Assert.StartsWith("api-key:", unlock.Record.UserId, StringComparison.Ordinal);
        Assert.True(verification.IsIntact);
    }

    [Fact]
    public async Task Verification_IntactChain_IsIntact_AlteredEntry_IsPinpointed()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var url = $"{ApiBank.BackOffice}/contracts/{contractId}/audit/verification";
        var intact = await (await Client.GetAsync(url)).ReadAsync<AuditVerification>();
        var second = (await ReadAllAsync($"{ApiBank.BackOffice}/contracts/{contractId}/audit", 100))[1];

        // Tampering: a forged entry appended to the chain's log behind the grain's back.
        var forged = second with { Sequence = 99 };
        await Factory.Services.GetRequiredService<IGrainStorage>().WriteAsync(new StateWrite(
            "test.forger", contractId, 0, "{}"u8.ToArray(), [new LogAppend(AuditChains.LogName(AuditChains.ForContract(contractId)), System.Text.Json.JsonSerializer.Serialize(forged, Grains.Hosting.GrainsJsonContext.Default.AuditEntry))]));
        var tampered = await (await Client.GetAsync(url)).ReadAsync<AuditVerification>();

        Assert.True(intact.IsIntact);
        Assert.Equal(AuditFault.Altered, tampered.Fault);
    }

    [Fact]
    public async Task BankAudit_ListsImports_AndVerifies()
    {
        var tokens = await Bank.ImportAsync(1);

        var entries = await ReadAllAsync($"{ApiBank.BackOffice}/audit/bank", 500);
        var verification = await (await Client.GetAsync($"{ApiBank.BackOffice}/audit/bank/verification")).ReadAsync<AuditVerification>();

        Assert.Contains(entries, e => e.Record.EventType == AuditEventType.TokenImported && e.Record.TokenSerial == tokens[0].Serial);
        Assert.True(verification.IsIntact);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=501", "limit")]
    [InlineData("?afterId=-1", "afterId")]
    public async Task Audit_BadPaging_Is400(string query, string field)
    {
        Assert.Equal(field, (await (await Client.GetAsync($"{ApiBank.BackOffice}/audit/bank{query}")).ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }

    private async Task<List<AuditEntry>> ReadAllAsync(string url, int pageSize)
    {
        var entries = new List<AuditEntry>();
        long? after = 0;
        while (after is { } afterId)
        {
            var page = await (await Client.GetAsync($"{url}?afterId={afterId}&limit={pageSize}")).ReadAsync<AuditPage>();
            entries.AddRange(page.Entries.Select(e => e.Entry));
            after = page.NextAfterId;
        }

        return entries;
    }
}
