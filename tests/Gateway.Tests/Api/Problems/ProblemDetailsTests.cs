using System.Net;
using System.Text;
using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Api.Problems;

public sealed class ProblemDetailsTests(BankApiFactory factory) : ApiTest(factory)
{
    private const string Transactions = ApiBank.V1 + "/transactions";

    [Theory]
    [InlineData("{\"contractId\":")]
    [InlineData("{\"contractId\":5}")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public async Task MalformedJsonBody_Is400MalformedRequest(string body)
    {
        var problem = await (await PostRawAsync(Transactions, body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("malformed-request", problem.Code);
        Assert.Equal(Transactions, problem.Instance);
        Assert.False(string.IsNullOrEmpty(problem.Detail));
        Assert.False(string.IsNullOrEmpty(problem.TraceId));
    }

    [Fact]
    public async Task WrongContentType_Is415()
    {
        using var content = new StringContent("{}", Encoding.UTF8, "text/plain");

        var problem = await (await Client.PostAsync(Transactions, content)).ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Equal("unsupported-media-type", problem.Code);
    }

    [Fact]
    public async Task UnknownRouteUnderApi_Is404Problem()
    {
        Assert.Equal("not-found", (await (await Client.GetAsync(ApiBank.V1 + "/nothing-here")).ProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task WrongMethod_Is405Problem()
    {
        Assert.Equal("method-not-allowed", (await (await Client.DeleteAsync(Transactions)).ProblemAsync(HttpStatusCode.MethodNotAllowed)).Code);
    }

    [Theory]
    [InlineData("{\"loginId\":\"taro\",\"kind\":\"TRF\",\"data\":{}}", "contractId")]
    [InlineData("{\"contractId\":\"C/1\",\"loginId\":\"taro\",\"kind\":\"TRF\",\"data\":{}}", "contractId")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"ab\",\"kind\":\"TRF\",\"data\":{}}", "loginId")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"XYZ\",\"data\":{}}", "kind")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"TRF\"}", "data")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"TRF\",\"data\":{\"amount\":\"lots\"}}", "data.amount")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"TRF\",\"data\":{\"bankNameKana\":\"ﾄﾏﾄ\",\"branch\":\"123\",\"subject\":\"1\",\"account\":\"1234567\",\"payeeKana\":\"山田\",\"amount\":1}}", "data.payeeKana")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"TRF\",\"data\":{\"bankNameKana\":\"ﾄﾏﾄ\",\"branch\":\"123\",\"subject\":\"1\",\"account\":\"1234567\",\"payeeKana\":\"ﾀﾛｳ\",\"amount\":0}}", "data.amount")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"FEE\",\"data\":{\"items\":[{\"agencyNumber\":\"1234\",\"agencyNameKana\":\"ｺｸｾﾞｲ\",\"customerNumber\":\"1\",\"amount\":1}]}}", "data.items[0].agencyNumber")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"FEE\",\"data\":{\"items\":[]}}", "data.items")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"BLK\",\"data\":{\"type\":\"SOGO\",\"totalCount\":1,\"totalAmount\":1}}", "data.designatedDate")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"BLK\",\"data\":{\"type\":\"OTHER\",\"designatedDate\":\"2026-12-01\",\"totalCount\":1,\"totalAmount\":1}}", "data.type")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"ADM\",\"data\":{\"operation\":\"USER_ADD\",\"targetLoginId\":\"hanako\",\"permissions\":[\"Inquiry\"],\"pin\":\"1234\"}}", "data.password")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"ADM\",\"data\":{\"operation\":\"USER_CHANGE\",\"targetLoginId\":\"hanako\",\"permissions\":[\"Root\"]}}", "data.permissions[0]")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"ADM\",\"data\":{\"operation\":\"USER_DELETE\",\"targetLoginId\":\"x\"}}", "data.targetLoginId")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"ACT\",\"data\":{\"tokenSerial\":\"12345\"}}", "data.tokenSerial")]
    [InlineData("{\"contractId\":\"C1\",\"loginId\":\"taro\",\"kind\":\"TRF\",\"data\":{},\"callbackUrl\":\"ftp://bank.example/cb\"}", "callbackUrl")]
    public async Task InvalidField_Is400InvalidFieldNamingIt(string body, string field)
    {
        var problem = await (await PostRawAsync(Transactions, body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(("invalid-field", field), (problem.Code, problem.Field));
        Assert.False(string.IsNullOrEmpty(problem.Detail));
    }

    [Fact]
    public async Task DomainNotFoundAndConflict_Are404And409WithCodes()
    {
        var contractId = NewContractId();
        Assert.Equal("not-found", (await (await Client.GetAsync($"{ApiBank.BackOffice}/contracts/{contractId}")).ProblemAsync(HttpStatusCode.NotFound)).Code);
        await Bank.CreateContractAsync(contractId);

        var again = await Client.PostJsonAsync($"{ApiBank.BackOffice}/contracts", new { contractId, name = "Again", master = new { loginId = "other", password = "p", pin = "1" } });

        Assert.Equal("conflict", (await again.ProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task MalformedTransactionId_Is400NamingIt()
    {
        Assert.Equal("id", (await (await Client.GetAsync(Transactions + "/XYZ")).ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }

    private async Task<HttpResponseMessage> PostRawAsync(string url, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        return await Client.PostAsync(url, content);
    }
}
