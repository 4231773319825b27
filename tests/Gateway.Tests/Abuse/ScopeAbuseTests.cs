using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Abuse;

/// <summary>A key may do only what its scopes allow: each refusal is a 403 <c>insufficient-scope</c> problem and changes nothing.</summary>
public sealed class ScopeAbuseTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task TransactionsKey_CreatesContract_Is403AndCreatesNothing()
    {
        var contractId = NewContractId();
        using var client = await Factory.ClientAsync(ApiScopes.Transactions);

        var response = await client.PostJsonAsync($"{ApiBank.BackOffice}/contracts", new { contractId, name = "x", master = new { loginId = "master", password = ApiBank.Password, pin = ApiBank.Pin } });

        Assert.Equal("insufficient-scope", (await response.ProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{ApiBank.BackOffice}/contracts/{contractId}")).StatusCode);
    }

    [Fact]
    public async Task TransactionsKey_UnlocksToken_Is403AndTokenStaysLocked()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        for (var i = 0; i < 5; i++)
        {
            await Bank.ConfirmAsync(tx.TransactionId, ApiBank.WrongCode(token, tx));
        }

        using var client = await Factory.ClientAsync(ApiScopes.Transactions);
        var response = await client.PostJsonAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/unlock", new { reference = "FORM-1" });

        Assert.Equal("insufficient-scope", (await response.ProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal(ConfirmOutcome.TokenLocked, (await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx))).Outcome);
    }

    [Fact]
    public async Task TransactionsKey_IssuesItselfABackOfficeKey_Is403()
    {
        using var client = await Factory.ClientAsync(ApiScopes.Transactions);

        var response = await client.PostJsonAsync($"{ApiBank.BackOffice}/api-keys", new { name = "escalation", scopes = new[] { "transactions", "backoffice" } });

        Assert.Equal("insufficient-scope", (await response.ProblemAsync(HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task BackOfficeKey_ConfirmsWithRightCode_Is403AndStaysPending()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        using var client = await Factory.ClientAsync(ApiScopes.BackOffice);

        var response = await client.PostJsonAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/confirmation", new { code = ApiBank.RightCode(token, tx) });

        Assert.Equal("insufficient-scope", (await response.ProblemAsync(HttpStatusCode.Forbidden)).Code);
        Assert.Equal(TransactionStatus.Pending, (await Bank.GetAsync(tx.TransactionId)).Status);
    }

    [Fact]
    public async Task BackOfficeKey_CreatesTransaction_Is403()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        using var client = await Factory.ClientAsync(ApiScopes.BackOffice);

        var response = await client.PostJsonAsync($"{ApiBank.V1}/transactions", new { contractId, loginId = "master", kind = "TRF", data = ApiBank.Transfer() });

        Assert.Equal("insufficient-scope", (await response.ProblemAsync(HttpStatusCode.Forbidden)).Code);
    }
}
