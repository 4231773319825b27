using System.Net;
using Inkan.Gateway.Api.Users;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Policy;

namespace Inkan.Gateway.Tests.Api.Users;

public sealed class LogonTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Logon_RightPassword_SaysWhatComesNext()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        await Bank.AddUserAsync(contractId, "clerk", "Inquiry", "FundTransfer");

        var master = await LogonAsync(contractId, "master", ApiBank.Password);
        var clerk = await LogonAsync(contractId, "clerk", ApiBank.Password);

        Assert.Equal(new LogonResponse(true, LogonStep.Proceed, true), master);
        Assert.Equal(new LogonResponse(true, LogonStep.RegisterToken, false), clerk);
    }

    [Fact]
    public async Task Logon_WrongPassword_IsNotAuthenticated()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);

        Assert.Equal(new LogonResponse(false, null, null), await LogonAsync(contractId, "master", "wrong"));
    }

    [Fact]
    public async Task Logon_UnknownUser_Is404_MissingPassword_Is400()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        var url = $"{ApiBank.V1}/contracts/{contractId}/users";

        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostJsonAsync($"{url}/nobody/logon", new { password = "x" })).StatusCode);
        Assert.Equal("password", (await (await Client.PostJsonAsync($"{url}/master/logon", new { })).ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }

    [Fact]
    public async Task Logon_NeedsTheTransactionsScope()
    {
        using var backOffice = await Factory.ClientAsync(ApiScopes.BackOffice);

        Assert.Equal(HttpStatusCode.Forbidden, (await backOffice.PostJsonAsync($"{ApiBank.V1}/contracts/C1/users/master/logon", new { password = "x" })).StatusCode);
    }

    private async Task<LogonResponse> LogonAsync(string contractId, string loginId, string password)
        => await (await Client.PostJsonAsync($"{ApiBank.V1}/contracts/{contractId}/users/{loginId}/logon", new { password })).ReadAsync<LogonResponse>();
}
