using System.Net;
using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Abuse;

/// <summary>A token belongs to the contract it was issued to: another contract can neither register nor be issued it.</summary>
public sealed class ForeignTokenTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Activate_OtherContractsToken_IsRefusedTokenUnavailable()
    {
        var owner = NewContractId();
        var other = NewContractId();
        var token = await Bank.ContractWithTokenAsync(owner);
        await Bank.CreateContractAsync(other);

        var response = await Bank.PostTransactionAsync(other, "master", "ACT", new { tokenSerial = token.Serial });

        Assert.Equal("token-unavailable", (await response.ProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task Activate_OtherContractsUnregisteredToken_IsRefused()
    {
        var owner = NewContractId();
        var other = NewContractId();
        await Bank.CreateContractAsync(owner);
        await Bank.CreateContractAsync(other);
        var token = await Bank.IssuedTokenAsync(owner);

        var response = await Bank.PostTransactionAsync(other, "master", "ACT", new { tokenSerial = token.Serial });

        Assert.Equal("token-unavailable", (await response.ProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task Issue_TokenIssuedToAnotherContract_IsRefusedAndStaysWithItsOwner()
    {
        var owner = NewContractId();
        var other = NewContractId();
        await Bank.CreateContractAsync(owner);
        await Bank.CreateContractAsync(other);
        var token = await Bank.IssuedTokenAsync(owner);

        var response = await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/{other}/tokens", new { serial = token.Serial });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var info = await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}")).Content.ReadAsStringAsync();
        Assert.Contains($"\"{owner}\"", info, StringComparison.Ordinal);
        Assert.DoesNotContain($"\"{other}\"", info, StringComparison.Ordinal);
    }
}
