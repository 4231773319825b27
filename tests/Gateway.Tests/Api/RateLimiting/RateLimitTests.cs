using System.Net;
using Inkan.Gateway.Tests.Api.Support;

namespace Inkan.Gateway.Tests.Api.RateLimiting;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly BankApiFactory _factory = new()
    {
        Settings =
        {
            ["BankApi:RateLimits:CodeSubmissions:PermitLimit"] = "2",
            ["BankApi:RateLimits:CodeSubmissions:Window"] = "01:00:00",
            ["BankApi:RateLimits:Logons:PermitLimit"] = "2",
            ["BankApi:RateLimits:Logons:Window"] = "01:00:00",
        },
    };

    private HttpClient _client = null!;
    private ApiBank _bank = null!;

    public async Task InitializeAsync()
    {
        _client = await _factory.ClientAsync();
        _bank = new ApiBank(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task CodeSubmission_OverTheLimit_Is429ProblemWithRetryAfter_OtherTransactionsUnaffected()
    {
        var token = await _bank.ContractWithTokenAsync("C1");
        var tx = await _bank.TransferAsync("C1");
        var other = await _bank.TransferAsync("C1");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await _client.PostJsonAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/confirmation", new { code = ApiBank.WrongCode(token, tx) });
            statuses.Add(last.StatusCode);
        }

        var problem = await last.ProblemAsync(HttpStatusCode.TooManyRequests);
        var otherResult = await _bank.ConfirmAsync(other.TransactionId, ApiBank.RightCode(token, other));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("rate-limited", problem.Code);
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(Grains.Transactions.ConfirmOutcome.Authorized, otherResult.Outcome);
    }

    [Fact]
    public async Task OtpAddress_OverTheLimit_Is429_PerUser()
    {
        var (statuses, otherUser) = await ThreeThenOtherUserAsync("C3", "otp-address", new { address = "sato@example.jp" }, new { address = "sato@example.jp" });

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(2));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, otherUser);
    }

    [Fact]
    public async Task Logon_OverTheLimit_Is429_PerUser()
    {
        var (statuses, otherUser) = await ThreeThenOtherUserAsync("C2", "logon", new { password = "wrong" }, new { password = ApiBank.Password });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherUser);
    }

    // Three requests of the master to a user endpoint (limit 2), then one of another user of the same contract.
    private async Task<(List<HttpStatusCode> Master, HttpStatusCode OtherUser)> ThreeThenOtherUserAsync(string contractId, string endpoint, object body, object otherBody)
    {
        await _bank.CreateContractAsync(contractId);
        await _bank.AddUserAsync(contractId, "clerk", "Inquiry");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await _client.PostJsonAsync($"{ApiBank.V1}/contracts/{contractId}/users/master/{endpoint}", body)).StatusCode);
        }

        return (statuses, (await _client.PostJsonAsync($"{ApiBank.V1}/contracts/{contractId}/users/clerk/{endpoint}", otherBody)).StatusCode);
    }
}
