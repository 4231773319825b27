using System.Diagnostics;
using System.Net;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Policy;
using Inkan.TestSupport.Postgres;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// Two gateway processes over one PostgreSQL database: an API key revoked through one is refused by the other, whose
/// copy of the key would otherwise live on unchanged for as long as the key is used there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoGatewaysRevocationTests(PostgresCluster postgres)
{
    private static readonly TimeSpan MaxAge = new PolicyOptions().AuthorizationMaxAge;

    [Fact]
    public async Task Revoke_ThroughOneGateway_TheOtherRefusesTheKeyWithinMaxAge()
    {
        await using var nodes = await TwoGateways.StartAsync(postgres, GetType());
        var (first, second) = (nodes.First, nodes.Second);
        using var backOffice = first.CreateClient();
        var issued = await (await backOffice.PostJsonAsync($"{ApiBank.BackOffice}/api-keys", new { name = "teller", scopes = new[] { "transactions" } }))
            .ReadAsync<IssuedApiKey>(HttpStatusCode.Created);
        using var teller = new HttpClient { BaseAddress = second.Url };
        teller.DefaultRequestHeaders.Authorization = new("Bearer", issued.ApiKey);

        // The second gateway holds its own copy of the key from here on, and the key opens it (an unknown transaction is 404).
        Assert.Equal(HttpStatusCode.NotFound, await AskAsync(teller));
        Assert.Equal(HttpStatusCode.OK, (await backOffice.PostAsync($"{ApiBank.BackOffice}/api-keys/{issued.KeyId}/revoke", null)).StatusCode);

        var revoked = Stopwatch.StartNew();
        var status = await AskAsync(teller);
        while (status == HttpStatusCode.NotFound && revoked.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
            status = await AskAsync(teller);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(revoked.Elapsed < MaxAge + TimeSpan.FromSeconds(5), $"refused after {revoked.Elapsed}");
    }

    private static async Task<HttpStatusCode> AskAsync(HttpClient client)
        => (await client.GetAsync($"{ApiBank.V1}/transactions/{new string('0', 32)}")).StatusCode;
}
