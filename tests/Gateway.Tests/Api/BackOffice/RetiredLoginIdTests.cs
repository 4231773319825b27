using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Api.BackOffice;

/// <summary>
/// A deleted user's login ID is never given again, neither by the back office nor by an ADM change, so that no one
/// new inherits the transactions, history and audit entries that name it.
/// </summary>
public sealed class RetiredLoginIdTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task AddUser_LoginIdOfADeletedUser_ConflictByBackOfficeAndByAdminChange()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        await Bank.AddUserAsync(contractId, "worker01", "Inquiry", "FundTransfer");
        var delete = await Bank.CreateAsync(contractId, "master", "ADM", new { operation = "USER_DELETE", targetLoginId = "worker01" });
        Assert.Equal(ConfirmOutcome.Authorized, (await Bank.ConfirmAsync(delete.TransactionId, ApiBank.RightCode(token, delete))).Outcome);

        var byBackOffice = await Bank.Client.PostJsonAsync(
            $"{ApiBank.BackOffice}/contracts/{contractId}/users", new { loginId = "worker01", permissions = new[] { "Inquiry" }, password = ApiBank.Password, pin = ApiBank.Pin });
        var byAdminChange = await Bank.PostTransactionAsync(
            contractId, "master", "ADM", new { operation = "USER_ADD", targetLoginId = "worker01", permissions = new[] { "Inquiry" }, password = "new-pass-1", pin = "5555" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (byBackOffice.StatusCode, byAdminChange.StatusCode));
        Assert.Contains("not given again", await byBackOffice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
