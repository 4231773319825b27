using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inkan.Gateway.Api.Transactions;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// The gateway the corpora aim at, without rate limits on codes and logons (bank API and browser) so that every
/// malformed request reaches validation, and the state they aim at (<see cref="CorpusFixture"/>).
/// </summary>
public sealed class CorpusFactory : IAsyncLifetime
{
    private const string Unlimited = "1000000";

    public BankApiFactory Gateway { get; } = new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["BankApi:RateLimits:CodeSubmissions:PermitLimit"] = Unlimited,
            ["BankApi:RateLimits:Logons:PermitLimit"] = Unlimited,
            ["Browser:LogonPermitLimit"] = Unlimited,
            ["Browser:CodePermitLimit"] = Unlimited,
        },
    };

    /// <summary>A bank API client with both scopes.</summary>
    public Task<HttpClient> ClientAsync() => Gateway.ClientAsync(ApiScopes.Transactions | ApiScopes.BackOffice);

    /// <summary>
    /// Contract <c>M1</c>: its master with a registered token, an inquiry-only clerk, a token in stock, a pending
    /// transfer of the master's created under an idempotency key, an API key.
    /// </summary>
    public static async Task<CorpusFixture> ArrangeAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        const string contractId = "M1";
        var bank = new ApiBank(client);
        var token = await bank.ContractWithTokenAsync(contractId);
        await bank.AddUserAsync(contractId, "clerk", "Inquiry");
        var stock = (await bank.ImportAsync(1))[0];
        const string idempotencyKey = "corpus-transfer";
        using var transfer = new HttpRequestMessage(HttpMethod.Post, $"{ApiBank.V1}/transactions")
        {
            Content = JsonContent.Create(new { contractId, loginId = "master", kind = "TRF", data = ApiBank.Transfer() }, options: ApiJson.Options),
        };
        transfer.Headers.Add(IdempotencyKeys.HeaderName, idempotencyKey);
        var tx = await (await client.SendAsync(transfer)).ReadAsync<TransactionView>(HttpStatusCode.Created);
        var key = await (await client.PostJsonAsync($"{ApiBank.BackOffice}/api-keys", new { name = "corpus", scopes = new[] { "transactions" } })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        return new CorpusFixture(contractId, "master", "clerk", token.Serial, stock.Serial, tx.TransactionId, idempotencyKey, key.GetProperty("keyId").GetString()!);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Gateway.DisposeAsync();
}
