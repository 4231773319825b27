using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Tests.Api.Auth;

public sealed class ApiKeyAuthenticationTests(BankApiFactory factory) : ApiTest(factory)
{
    private const string TransactionsUrl = ApiBank.V1 + "/transactions/0123456789abcdef0123456789abcdef";
    private const string BackOfficeUrl = ApiBank.BackOffice + "/tokens/0000000001";

    [Fact]
    public async Task Request_WithoutKey_Is401ProblemWithChallenge()
    {
        var response = await Factory.CreateClient().GetAsync(TransactionsUrl);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("unauthenticated", problem.Code);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("inkan.0123456789abcdef")]
    [InlineData("inkan.0123456789ABCDEF.secret")]
    [InlineData("inkan.0123456789abcdef.wrong-secret")]
    public async Task Request_WithMalformedOrUnknownKey_Is401(string key)
    {
        var response = await Factory.WithKey(key).GetAsync(TransactionsUrl);

        Assert.Equal("unauthenticated", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task Request_WithRightIdButWrongSecret_Is401()
    {
        var issued = await Factory.IssueKeyAsync(ApiScopes.Transactions);
        var tampered = issued.ApiKey[..^4] + (issued.ApiKey.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await Factory.WithKey(tampered).GetAsync(TransactionsUrl);

        Assert.Equal("unauthenticated", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Code);
    }

    [Fact]
    public async Task Request_WithKeyInXApiKeyHeader_IsAuthenticated()
    {
        var issued = await Factory.IssueKeyAsync(ApiScopes.BackOffice);
        using var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", issued.ApiKey);

        var response = await client.GetAsync(BackOfficeUrl);

        Assert.Equal("not-found", (await response.ProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task TransactionsKey_OnBackOffice_Is403InsufficientScope()
    {
        using var client = await Factory.ClientAsync(ApiScopes.Transactions);

        var response = await client.GetAsync(BackOfficeUrl);

        Assert.Equal("insufficient-scope", (await response.ProblemAsync(HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task BackOfficeKey_OnTransactions_Is403InsufficientScope()
    {
        using var client = await Factory.ClientAsync(ApiScopes.BackOffice);

        var response = await client.GetAsync(TransactionsUrl);

        Assert.Equal("insufficient-scope", (await response.ProblemAsync(HttpStatusCode.Forbidden)).Code);
    }

    [Fact]
    public async Task RevokedKey_IsRefusedAtOnce()
    {
        var issued = await Factory.IssueKeyAsync(ApiScopes.BackOffice);
        using var client = Factory.WithKey(issued.ApiKey);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(BackOfficeUrl)).StatusCode);

        var revoked = await (await Client.PostAsync($"{ApiBank.BackOffice}/api-keys/{issued.KeyId}/revoke", null)).ReadAsync<ApiKeyViewBody>();

        Assert.NotNull(revoked.RevokedAt);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(BackOfficeUrl)).StatusCode);
    }
}
