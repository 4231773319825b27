using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// 10,000 generated malformed requests over every bank API endpoint (seeded, so a failure repeats): none gets a 5xx
/// or a success, every answer is a problem description, and the state they aim at is unchanged.
/// </summary>
public sealed class MalformedCorpusTests(MalformedCorpusTests.Factory factory) : IClassFixture<MalformedCorpusTests.Factory>
{
    private const int Count = 10_000;
    private const int Seed = 20261121;

    [Fact]
    public async Task Corpus_TenThousandMalformedRequests_AllRefusedAsProblemsWithoutStateChange()
    {
        using var client = await factory.ClientAsync(ApiScopes.Transactions | ApiScopes.BackOffice);
        var fixture = await ArrangeAsync(client, new ApiBank(client));
        var before = await StateFingerprint.ReadAsync(client, fixture);
        var violations = new ConcurrentQueue<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(new CorpusGenerator(fixture, Seed).Generate(Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (request, _) =>
        {
            using var message = request.ToMessage();
            using var response = await client.SendAsync(message);
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            if (await ViolationAsync(response) is { } violation)
            {
                violations.Enqueue($"{request} → {status}: {violation}");
            }
        });

        Assert.True(violations.IsEmpty, $"{violations.Count} of {Count} answers wrong (statuses {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}):\n{string.Join('\n', violations.Take(25))}");
        Assert.Equal(Count, statuses.Values.Sum());
        Assert.Equal(before, await StateFingerprint.ReadAsync(client, fixture));
    }

    private static async Task<string?> ViolationAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status is < 400 or >= 500)
        {
            return $"not a 4xx: {Short(body)}";
        }

        if (response.Content.Headers.ContentType is not MediaTypeHeaderValue { MediaType: "application/problem+json" })
        {
            return $"not a problem ({response.Content.Headers.ContentType}): {Short(body)}";
        }

        using var problem = JsonDocument.Parse(body);
        return problem.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status && problem.RootElement.TryGetProperty("code", out _)
            ? null
            : $"problem without matching status or code: {Short(body)}";
    }

    private static async Task<CorpusFixture> ArrangeAsync(HttpClient client, ApiBank bank)
    {
        const string contractId = "M1";
        var token = await bank.ContractWithTokenAsync(contractId);
        await bank.AddUserAsync(contractId, "clerk", "Inquiry");
        var tx = await bank.TransferAsync(contractId);
        var key = await (await client.PostJsonAsync($"{ApiBank.BackOffice}/api-keys", new { name = "corpus", scopes = new[] { "transactions" } })).ReadAsync<JsonElement>(System.Net.HttpStatusCode.Created);
        return new CorpusFixture(contractId, "master", "clerk", token.Serial, tx.TransactionId, key.GetProperty("keyId").GetString()!);
    }

    private static string Short(string text) => text.Length > 300 ? text[..300] + "…" : text;

    /// <summary>The gateway without rate limits on codes and logons, so that every malformed request reaches validation.</summary>
    public sealed class Factory : IAsyncLifetime
    {
        private readonly BankApiFactory _factory = new()
        {
            Settings = new Dictionary<string, string?>
            {
                ["BankApi:RateLimits:CodeSubmissions:PermitLimit"] = "1000000",
                ["BankApi:RateLimits:Logons:PermitLimit"] = "1000000",
            },
        };

        public Task<HttpClient> ClientAsync(ApiScopes scopes) => _factory.ClientAsync(scopes);

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await _factory.DisposeAsync();
    }
}
