using System.Net;
using System.Text.Json;
using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Api;

public sealed class OpenApiAndHealthTests(BankApiFactory factory) : IClassFixture<BankApiFactory>
{
    [Fact]
    public async Task OpenApiDocument_IsServedWithoutKey_AndDescribesTheApiAndItsKeys()
    {
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        var schemes = document.RootElement.GetProperty("components").GetProperty("securitySchemes");

        Assert.True(paths.TryGetProperty("/api/v1/transactions/{id}/qr.png", out _));
        Assert.True(paths.TryGetProperty("/api/v1/backoffice/token-batches", out _));
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("X-Api-Key").GetProperty("name").GetString());
        var create = paths.GetProperty("/api/v1/transactions").GetProperty("post");
        Assert.True(create.GetProperty("responses").TryGetProperty("201", out _));
        Assert.Equal(2, create.GetProperty("security").GetArrayLength());
        Assert.Contains(create.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "Idempotency-Key" && p.GetProperty("in").GetString() == "header");
    }

    [Fact]
    public async Task Health_AnswersWithoutKey()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
