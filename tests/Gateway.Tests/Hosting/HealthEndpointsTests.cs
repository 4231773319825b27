using System.Net;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Hosting;

/// <summary><c>/health</c> is ready only while storage takes writes; <c>/health/live</c> answers as long as the process does.</summary>
public sealed class HealthEndpointsTests : IAsyncLifetime
{
    private readonly BankApiFactory _factory = new();
    private readonly FaultyStorage _storage = new(new MemoryGrainStorage());
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IGrainStorage>(_storage))).CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("POST", "/health", HttpStatusCode.MethodNotAllowed)]
    [InlineData("DELETE", "/health/live", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/health/other", HttpStatusCode.NotFound)]
    public async Task Health_WrongMethodOrPath_ProblemDescription(string method, string path, HttpStatusCode expected)
    {
        using var answer = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(expected, answer.StatusCode);
        Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_Head_Answered()
    {
        using var answer = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/health"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task Health_StorageTakesWrites_ReadyAndLive()
    {
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/live"));
    }

    [Fact]
    public async Task Health_StorageRefusesWrites_NotReadyButLive()
    {
        _storage.Refusal = new IOException("No space left on device.");

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), await GetAsync("/health"));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await GetAsync("/health/live"));
    }

    private async Task<(HttpStatusCode, string)> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
