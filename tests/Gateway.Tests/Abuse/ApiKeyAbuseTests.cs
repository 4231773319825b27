using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Abuse;

/// <summary>
/// Without a valid key nothing happens: a right code sent with no key, a malformed, unknown, tampered or revoked key
/// is a 401 problem and the transaction stays pending.
/// </summary>
public sealed class ApiKeyAbuseTests(BankApiFactory factory) : ApiTest(factory)
{
    public static TheoryData<string?> BadKeys => new()
    {
        null,
        string.Empty,
        "inkan",
        "inkan..",
        "Bearer",
        "inkan.0123456789abcdef.c2VjcmV0",
        "inkan.0123456789ABCDEF.c2VjcmV0",
        "inkan.0123456789abcdef." + new string('A', 4096),
        "other.0123456789abcdef.c2VjcmV0",
        "inkan.0123456789abcdef.c2VjcmV0.extra",
        "' OR 1=1 --",
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public async Task Confirm_RightCodeWithMissingOrBadKey_Is401AndStaysPending(string? key)
    {
        var (tx, code) = await PendingAsync();
        using var client = Factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + key);
        }

        await AssertRefusedAsync(client, tx, code);
    }

    [Fact]
    public async Task Confirm_RightCodeWithTamperedSecret_Is401AndStaysPending()
    {
        var (tx, code) = await PendingAsync();
        var issued = await Factory.IssueKeyAsync(ApiScopes.Transactions);
        var last = issued.ApiKey[^1] == 'A' ? 'B' : 'A';
        using var client = Factory.WithKey(issued.ApiKey[..^1] + last);

        await AssertRefusedAsync(client, tx, code);
    }

    [Fact]
    public async Task Confirm_RightCodeWithRevokedKey_Is401AndStaysPending()
    {
        var (tx, code) = await PendingAsync();
        var issued = await Factory.IssueKeyAsync(ApiScopes.Transactions);
        Assert.Equal(HttpStatusCode.OK, (await Client.PostJsonAsync($"{ApiBank.BackOffice}/api-keys/{issued.KeyId}/revoke", new { })).StatusCode);
        using var client = Factory.WithKey(issued.ApiKey);

        await AssertRefusedAsync(client, tx, code);
    }

    [Fact]
    public async Task CreateContract_WithoutKey_Is401AndCreatesNothing()
    {
        var contractId = NewContractId();
        using var client = Factory.CreateClient();

        var response = await client.PostJsonAsync($"{ApiBank.BackOffice}/contracts", new { contractId, name = "x", master = new { loginId = "master", password = ApiBank.Password, pin = ApiBank.Pin } });

        Assert.Equal("unauthenticated", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{ApiBank.BackOffice}/contracts/{contractId}")).StatusCode);
    }

    private async Task AssertRefusedAsync(HttpClient client, TransactionView tx, string code)
    {
        var response = await client.PostJsonAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/confirmation", new { code });

        Assert.Equal("unauthenticated", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(TransactionStatus.Pending, (await Bank.GetAsync(tx.TransactionId)).Status);
    }

    private async Task<(TransactionView Tx, string Code)> PendingAsync()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        return (tx, ApiBank.RightCode(token, tx));
    }
}
