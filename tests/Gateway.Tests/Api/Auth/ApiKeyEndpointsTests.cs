using System.Net;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;

namespace Inkan.Gateway.Tests.Api.Auth;

public sealed class ApiKeyEndpointsTests(BankApiFactory factory) : ApiTest(factory)
{
    private const string Keys = ApiBank.BackOffice + "/api-keys";

    [Fact]
    public async Task Create_ReturnsAKeyThatWorksWithItsScopesOnly()
    {
        var issued = await (await Client.PostJsonAsync(Keys, new { name = "core banking", scopes = new[] { "transactions" } })).ReadAsync<IssuedApiKey>(HttpStatusCode.Created);
        using var client = Factory.WithKey(issued.ApiKey);

        Assert.StartsWith($"inkan.{issued.KeyId}.", issued.ApiKey, StringComparison.Ordinal);
        Assert.Equal(["transactions"], issued.Scopes);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostJsonAsync(ApiBank.V1 + "/transactions", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Keys + "/" + issued.KeyId)).StatusCode);
    }

    [Fact]
    public async Task Get_ShowsNameScopesAndDates_NeverTheSecret()
    {
        var issued = await Factory.IssueKeyAsync(ApiScopes.Transactions | ApiScopes.BackOffice);

        var response = await Client.GetAsync(Keys + "/" + issued.KeyId);
        var text = await response.Content.ReadAsStringAsync();
        var view = await response.ReadAsync<ApiKeyViewBody>();

        Assert.Equal(issued.KeyId, view.KeyId);
        Assert.Equal(["transactions", "backoffice"], view.Scopes);
        Assert.Equal(Factory.Clock.GetUtcNow(), view.CreatedAt);
        Assert.Null(view.RevokedAt);
        Assert.DoesNotContain(issued.ApiKey.Split('.')[2], text, StringComparison.Ordinal);
        Assert.DoesNotContain(issued.CallbackSecret, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\":\"x\",\"scopes\":[]}", "scopes")]
    [InlineData("{\"name\":\"x\",\"scopes\":[\"admin\"]}", "scopes")]
    [InlineData("{\"name\":\"\",\"scopes\":[\"backoffice\"]}", "name")]
    public async Task Create_WithBadFields_Is400NamingTheField(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await Client.PostAsync(Keys, content)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(("invalid-field", field), (problem.Code, problem.Field));
    }

    [Fact]
    public async Task GetAndRevoke_UnknownOrMalformedId_Are404And400()
    {
        Assert.Equal("not-found", (await (await Client.GetAsync(Keys + "/0123456789abcdef")).ProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal("keyId", (await (await Client.PostAsync(Keys + "/nope/revoke", null)).ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }
}
