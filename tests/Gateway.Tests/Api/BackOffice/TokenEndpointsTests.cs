using System.Net;
using System.Security.Cryptography;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Tokens;
using Inkan.Protocol.Tokens;

namespace Inkan.Gateway.Tests.Api.BackOffice;

public sealed class TokenEndpointsTests(BankApiFactory factory) : ApiTest(factory)
{
    private const string Batches = ApiBank.BackOffice + "/token-batches";

    [Fact]
    public async Task ImportPskc_AddsToStock_RepeatedSerialsStayAsTheyWere()
    {
        var tokens = new[] { Token("0100000001"), Token("0100000002") };

        var first = await (await PostAsync(Batches, Pskc(tokens, "pskc-a"), "application/pskc+xml")).ReadAsync<ImportReport>();
        var again = await (await PostAsync(Batches, Pskc(tokens, "pskc-a"), "application/xml")).ReadAsync<ImportReport>();
        var info = await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/0100000001")).ReadAsync<TokenInfo>();

        Assert.Equal(("pskc-a", 2, 0), (first.BatchId, first.Imported.Count, first.AlreadyPresent.Count));
        Assert.Equal(["0100000001", "0100000002"], again.AlreadyPresent);
        Assert.Equal((TokenStatus.InStock, null), (info.Status, info.ContractId));
    }

    [Fact]
    public async Task ImportJson_WithBadEntries_Is400ListingThem()
    {
        const string body = "{\"format\":\"inkan-token-batch\",\"version\":1,\"batchId\":\"b1\",\"suite\":\"OCRA-1:HOTP-SHA256-8:QH64\",\"tokens\":[{\"serial\":\"12\",\"key\":\"00\"}]}";

        var problem = await (await PostAsync(Batches, System.Text.Encoding.UTF8.GetBytes(body), "application/json")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("invalid-token-batch", problem.Code);
        Assert.Contains("tokens[0]", problem.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", "{not json")]
    [InlineData("application/pskc+xml", "<KeyContainer")]
    public async Task Import_MalformedDocument_Is400InvalidTokenBatch(string contentType, string body)
    {
        var problem = await (await PostAsync(Batches, System.Text.Encoding.UTF8.GetBytes(body), contentType)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("invalid-token-batch", problem.Code);
    }

    [Fact]
    public async Task Import_OtherContentType_Is415()
    {
        Assert.Equal("unsupported-media-type", (await (await PostAsync(Batches, [1, 2, 3], "text/csv")).ProblemAsync(HttpStatusCode.UnsupportedMediaType)).Code);
    }

    [Fact]
    public async Task Revoke_MakesTheTokenUnusable_AndIsAudited()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);

        var revoked = await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/revoke", new { reason = "reported stolen" })).ReadAsync<TokenInfo>();
        var refused = await Bank.PostTransactionAsync(contractId, "master", "TRF", ApiBank.Transfer());

        Assert.Equal(TokenStatus.Revoked, revoked.Status);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task UnlockAndRevokeAndGet_UnknownToken_Are404_NotLocked_Is409()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/0999999998")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostJsonAsync($"{ApiBank.BackOffice}/tokens/0999999998/unlock", new { reference = "F-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostJsonAsync($"{ApiBank.BackOffice}/tokens/0999999998/revoke", new { reason = "x" })).StatusCode);
        Assert.Equal("conflict", (await (await Client.PostJsonAsync($"{ApiBank.BackOffice}/tokens/{token.Serial}/unlock", new { reference = "F-1" })).ProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("serial", (await (await Client.GetAsync($"{ApiBank.BackOffice}/tokens/12")).ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }

    private static TokenRecord Token(string serial) => new(serial, RandomNumberGenerator.GetBytes(32));

    private static byte[] Pskc(IEnumerable<TokenRecord> tokens, string batchId)
    {
        using var stream = new MemoryStream();
        PskcDocument.Write(stream, tokens, batchId);
        return stream.ToArray();
    }

    private async Task<HttpResponseMessage> PostAsync(string url, byte[] body, string contentType)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new(contentType);
        return await Client.PostAsync(url, content);
    }
}
