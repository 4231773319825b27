using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Browser.Support;

namespace Inkan.Gateway.Tests.Browser.Admin;

/// <summary>
/// The browser's ADM and BLK forms take an operation or type only by its exact name, so that a loosely spelled
/// <c>USER_ADD</c> cannot slip a new user past the password and PIN rules.
/// </summary>
public sealed class AdminChangeFormTests(BankApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData(" USER_ADD")]
    [InlineData("USER_ADD ")]
    [InlineData("USER_ADD,USER_ADD")]
    [InlineData("0")]
    public async Task AdminChange_OperationNotExactlyAName_BadRequestNamingTheOperation(string operation)
    {
        var browser = await MasterAsync();

        var response = await browser.PostAsync("/admin/changes", new { operation, targetLoginId = "weakling", permissions = new[] { "Inquiry" }, password = "x", pin = "\u0001" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("operation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" SOGO")]
    [InlineData("SOGO,KYUYO")]
    [InlineData("1")]
    public async Task BulkApproval_TypeNotExactlyAName_BadRequest(string type)
    {
        var browser = await MasterAsync();

        var response = await browser.PostAsync("/bulk-approvals", new { type, designatedDate = "2026-12-25", totalCount = 3, totalAmount = 300_000 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<SessionClient> MasterAsync()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var browser = new SessionClient(Factory.CreateClient());
        Assert.Equal(HttpStatusCode.NoContent, (await browser.LogOnAsync(contractId, "master", ApiBank.Password)).StatusCode);
        return browser;
    }
}
