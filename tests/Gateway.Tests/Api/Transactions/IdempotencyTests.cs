using System.Net;
using System.Net.Http.Json;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Api.Transactions;

/// <summary>
/// <c>Idempotency-Key</c> on creation: a bank system that retries after a lost answer gets the transaction it created,
/// never a second one; the key is per API key, bound to its first request for 24 hours.
/// </summary>
public sealed class IdempotencyTests(BankApiFactory factory) : ApiTest(factory)
{
    [Fact]
    public async Task Create_SameKeyAndBodyTwice_SecondAnswersTheFirstTransaction()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);

        using var first = await PostAsync(Client, contractId, "order-1", 120_000);
        using var second = await PostAsync(Client, contractId, "order-1", 120_000);

        var created = await first.ReadAsync<TransactionView>(HttpStatusCode.Created);
        var replayed = await second.ReadAsync<TransactionView>(HttpStatusCode.Created);
        Assert.Equal(created.TransactionId, replayed.TransactionId);
        Assert.Equal(created.Payload, replayed.Payload);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(["true"], second.Headers.GetValues("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Create_SameKeyAndBodyAtTheSameMoment_AllAnswerOneTransaction()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => PostAsync(Client, contractId, "order-6", 120_000)));

        var ids = new HashSet<string>();
        foreach (var response in responses)
        {
            ids.Add((await response.ReadAsync<TransactionView>(HttpStatusCode.Created)).TransactionId);
            response.Dispose();
        }

        Assert.Single(ids);
    }

    [Fact]
    public async Task Create_SameKeyOtherBody_Is422AndCreatesNothing()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var created = await (await PostAsync(Client, contractId, "order-2", 120_000)).ReadAsync<TransactionView>(HttpStatusCode.Created);

        var problem = await (await PostAsync(Client, contractId, "order-2", 990_000)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("idempotency-key-reused", problem.Code);
        Assert.Equal(TransactionStatus.Pending, (await Bank.GetAsync(created.TransactionId)).Status);
    }

    [Fact]
    public async Task Create_SameKeyThroughAnotherApiKey_CreatesItsOwnTransaction()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        using var other = await Factory.ClientAsync();

        var mine = await (await PostAsync(Client, contractId, "order-3", 120_000)).ReadAsync<TransactionView>(HttpStatusCode.Created);
        var theirs = await (await PostAsync(other, contractId, "order-3", 120_000)).ReadAsync<TransactionView>(HttpStatusCode.Created);

        Assert.NotEqual(mine.TransactionId, theirs.TransactionId);
    }

    [Fact]
    public async Task Create_RetryOfARefusedRequest_CreatesUnderTheKeyOnceItCan()
    {
        var contractId = NewContractId();
        await Bank.CreateContractAsync(contractId);
        var refused = await (await PostAsync(Client, contractId, "order-4", 120_000)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("confirmation-blocked", refused.Code);
        await Bank.ActivateAsync(contractId, "master", await Bank.IssuedTokenAsync(contractId));

        var created = await (await PostAsync(Client, contractId, "order-4", 120_000)).ReadAsync<TransactionView>(HttpStatusCode.Created);
        var replayed = await (await PostAsync(Client, contractId, "order-4", 120_000)).ReadAsync<TransactionView>(HttpStatusCode.Created);

        Assert.Equal(created.TransactionId, replayed.TransactionId);
    }

    [Fact]
    public async Task Create_SameKeyAfter24Hours_IsANewRequest()
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);
        var first = await (await PostAsync(Client, contractId, "order-5", 120_000)).ReadAsync<TransactionView>(HttpStatusCode.Created);
        Factory.Clock.Advance(TimeSpan.FromHours(24));

        var later = await (await PostAsync(Client, contractId, "order-5", 990_000)).ReadAsync<TransactionView>(HttpStatusCode.Created);

        Assert.NotEqual(first.TransactionId, later.TransactionId);
    }

    [Theory]
    [InlineData("with space")]
    [InlineData("a,b")]
    [InlineData("ÿ")]
    [InlineData("k12345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678")]
    public async Task Create_MalformedKey_Is400NamingTheHeader(string key)
    {
        var contractId = NewContractId();
        await Bank.ContractWithTokenAsync(contractId);

        var problem = await (await PostAsync(Client, contractId, key, 120_000)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("Idempotency-Key", problem.Detail ?? problem.Title, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string contractId, string key, long amount)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ApiBank.V1}/transactions")
        {
            Content = JsonContent.Create(new { contractId, loginId = "master", kind = "TRF", data = ApiBank.Transfer(amount) }),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
