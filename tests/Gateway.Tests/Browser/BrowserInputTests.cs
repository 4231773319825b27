using System.Net;
using Inkan.Gateway.Api.Transactions;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Gateway.Tests.Malformed;
using Inkan.Grains.Tokens;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>
/// Bad input and callers on the browser client's JSON endpoints, as the generated corpus found them: each is a 4xx
/// problem (never an empty answer or exception text) and none reaches a count or the audit.
/// </summary>
public sealed class BrowserInputTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Transfer_PayeeKanaLongerThanItsZenginField_BadRequestNamingTheField()
    {
        var (browser, _) = await SignedOnMasterAsync();

        var problem = await (await browser.PostAsync("/transfers", new { bankNameKana = "ﾄﾏﾄ", branch = "123", subject = "1", account = "1234567", payeeKana = new string('ｱ', KanaLimits.Name + 1), amount = 1000 }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(("invalid-field", "data.payeeKana"), (problem.Code, problem.Field));
    }

    public static TheoryData<string> MalformedPins => ["", "pa\u0000ss", new string('x', 129)];

    [Theory]
    [MemberData(nameof(MalformedPins))]
    public async Task Confirm_TokenCodeWithMalformedPin_BadRequestAndNoFailureCounted(string pin)
    {
        var (browser, contractId) = await SignedOnMasterAsync();
        var tx = await Bank.TransferAsync(contractId);

        var problem = await (await browser.PostAsync($"/transactions/{tx.TransactionId}/confirm", new { code = "12345678", pin })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(("invalid-field", "pin"), (problem.Code, problem.Field));
        var token = await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/{tx.TokenSerial}")).ReadAsync<TokenInfo>();
        Assert.Equal(0, token.Failures);
    }

    [Fact]
    public async Task OtpAddressConfirm_EmptyPin_BadRequestAndNothingAudited()
    {
        var (browser, contractId) = await SignedOnMasterAsync();
        var audit = $"{ApiBank.BackOffice}/contracts/{contractId}/audit?limit=100";
        var before = await Client.GetStringAsync(audit);

        var problem = await (await browser.PostAsync("/otp-address/confirm", new { pin = "", otp = "123456" })).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(("invalid-field", "pin"), (problem.Code, problem.Field));
        Assert.Equal(before, await Client.GetStringAsync(audit));
    }

    [Fact]
    public async Task AdminUserAdd_PasswordLongerThanTheBankApiAllows_BadRequestNamingPassword()
    {
        var (browser, _) = await SignedOnMasterAsync();

        var problem = await (await browser.PostAsync("/admin/changes", new { operation = "USER_ADD", targetLoginId = "newcomer", permissions = new[] { "Inquiry" }, password = new string('x', 129), pin = "1234" }))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(("invalid-field", "password"), (problem.Code, problem.Field));
    }

    [Fact]
    public async Task Api_NoSessionWrongMethodOrBrokenJson_ProblemsWithoutExceptionText()
    {
        var (browser, _) = await SignedOnMasterAsync();
        using var broken = new StringContent("{\"branch\":", System.Text.Encoding.UTF8, "application/json");
        using var brokenRequest = new HttpRequestMessage(HttpMethod.Post, "/app/api/transfers") { Content = broken };
        brokenRequest.Headers.Add("X-CSRF-TOKEN", browser.Csrf);

        var answers = new[]
        {
            (await Factory.CreateClient().GetAsync("/app/api/transactions"), HttpStatusCode.Unauthorized, "unauthenticated"),
            (await browser.Http.DeleteAsync("/app/api/session"), HttpStatusCode.MethodNotAllowed, "method-not-allowed"),
            (await browser.Http.SendAsync(brokenRequest), HttpStatusCode.BadRequest, "malformed-request"),
        };

        foreach (var (response, status, code) in answers)
        {
            Assert.Equal(code, (await response.ProblemAsync(status)).Code);
            Assert.False(ProblemAnswer.LeaksException(await response.Content.ReadAsStringAsync()));
        }
    }

    private async Task<(SessionClient Browser, string ContractId)> SignedOnMasterAsync()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var browser = new SessionClient(Factory.CreateClient());
        Assert.Equal(HttpStatusCode.NoContent, (await browser.LogOnAsync(contractId, "master", ApiBank.Password)).StatusCode);
        return (browser, contractId);
    }
}
