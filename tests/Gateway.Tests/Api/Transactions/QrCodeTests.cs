using System.Net;
using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Api.Transactions;

public sealed class QrCodeTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task QrPng_OfPendingTransaction_DecodesToItsPayload()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);

        var response = await Client.GetAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/qr.png?scale=4");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(tx.Payload, await Zbar.DecodeAsync(await response.Content.ReadAsByteArrayAsync(), "png"));
    }

    [Fact]
    public async Task QrSvg_OfPendingTransaction_IsAnSvgDocument()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);

        var response = await Client.GetAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/qr.svg");
        var svg = await response.Content.ReadAsStringAsync();

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("viewBox", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Qr_OfAuthorizedTransaction_Is409NotPending()
    {
        var contractId = NewContractId();
        var token = await Bank.ContractWithTokenAsync(contractId);
        var tx = await Bank.TransferAsync(contractId);
        await Bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx));

        var png = await (await Client.GetAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/qr.png")).ProblemAsync(HttpStatusCode.Conflict);
        var svg = await (await Client.GetAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/qr.svg")).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(("not-pending", "not-pending"), (png.Code, svg.Code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public async Task QrPng_ScaleOutOfRange_Is400(int scale)
    {
        var problem = await (await Client.GetAsync($"{ApiBank.V1}/transactions/0123456789abcdef0123456789abcdef/qr.png?scale={scale}")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("scale", problem.Field);
    }
}
