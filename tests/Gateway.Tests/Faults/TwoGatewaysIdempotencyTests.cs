using System.Net;
using System.Net.Http.Json;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;
using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// Idempotency-Key over two gateway processes on one PostgreSQL database: a retry that reaches the other gateway than
/// the attempt that created the transaction answers that transaction.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoGatewaysIdempotencyTests(PostgresCluster postgres)
{
    private const string ContractId = "I1";

    [Fact]
    public async Task Create_RetryThroughTheGatewayThatRefusedTheFirstAttempt_AnswersTheTransactionCreatedThroughTheOther()
    {
        await using var nodes = await TwoGateways.StartAsync(postgres, GetType());
        var (first, second) = (nodes.First, nodes.Second);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        var bank = new ApiBank(a);
        await bank.CreateContractAsync(ContractId);

        // The first attempt reaches the second gateway and is refused: the master has no token yet.
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(b)).StatusCode);
        await bank.ActivateAsync(ContractId, "master", await bank.IssuedTokenAsync(ContractId));

        // The retry reaches the first gateway and creates the transaction; its answer is lost, and the bank retries again
        // through the second gateway.
        var created = await (await PostAsync(a)).ReadAsync<TransactionView>(HttpStatusCode.Created);
        using var retry = await PostAsync(b);

        var replayed = await retry.ReadAsync<TransactionView>(HttpStatusCode.Created);
        Assert.Equal(created.TransactionId, replayed.TransactionId);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{ApiBank.V1}/transactions")
        {
            Content = JsonContent.Create(new { contractId = ContractId, loginId = "master", kind = "TRF", data = ApiBank.Transfer(120_000) }),
        };
        request.Headers.Add("Idempotency-Key", "order-across-gateways");
        return await client.SendAsync(request);
    }
}
