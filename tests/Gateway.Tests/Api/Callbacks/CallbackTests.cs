using System.Globalization;
using System.Text;
using System.Text.Json;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Api.Callbacks;

public sealed class CallbackTests : IAsyncLifetime
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(7);
    private static readonly TimeSpan Poll = TimeSpan.FromHours(1);

    private readonly BankApiFactory _factory = new()
    {
        Settings =
        {
            ["BankApi:Callbacks:RetryInitialDelay"] = "00:00:07",
            ["BankApi:Callbacks:RetryMaxDelay"] = "00:00:07",
            ["BankApi:Callbacks:GiveUpAfter"] = "00:00:20",
        },
    };

    private CallbackReceiver _receiver = null!;
    private IssuedApiKey _key = null!;
    private ApiBank _bank = null!;

    public async Task InitializeAsync()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _factory.Settings["BankApi:Callbacks:AllowedTargets:0"] = _receiver.Url;
        _key = await _factory.IssueKeyAsync(ApiScopes.Transactions | ApiScopes.BackOffice);
        _bank = new ApiBank(_factory.WithKey(_key.ApiKey));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Authorized_FinalStatusIsPostedSignedWithTheKeysCallbackSecret()
    {
        var token = await _bank.ContractWithTokenAsync("C1");
        var tx = await _bank.TransferAsync("C1", callbackUrl: _receiver.Url);

        await _bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx));
        var received = await _receiver.NextAsync();
        var payload = JsonSerializer.Deserialize<CallbackPayload>(received.Body, ApiJson.Options)!;
        var timestamp = long.Parse(received.Timestamp!, CultureInfo.InvariantCulture);

        Assert.Equal((tx.TransactionId, TransactionStatus.Authorized, "C1", "master"), (payload.TransactionId, payload.Status, payload.ContractId, payload.LoginId));
        Assert.Equal("application/json", received.ContentType);
        Assert.Equal(_factory.Clock.GetUtcNow().ToUnixTimeSeconds(), timestamp);
        Assert.True(CallbackSignature.Verify(Encoding.UTF8.GetBytes(_key.CallbackSecret), timestamp, received.Body, received.Signature));
        Assert.False(CallbackSignature.Verify(Encoding.UTF8.GetBytes(_key.CallbackSecret), timestamp + 1, received.Body, received.Signature));
    }

    [Fact]
    public async Task Expired_FinalStatusIsPostedWhenTheChallengeRunsOut()
    {
        await _bank.ContractWithTokenAsync("C1");
        var tx = await _bank.TransferAsync("C1", callbackUrl: _receiver.Url);

        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        var payload = JsonSerializer.Deserialize<CallbackPayload>((await _receiver.NextAsync()).Body, ApiJson.Options)!;

        Assert.Equal((tx.TransactionId, TransactionStatus.Expired), (payload.TransactionId, payload.Status));
    }

    [Fact]
    public async Task FailedDelivery_IsRetriedAfterTheBackoff_UntilTheReceiverAccepts()
    {
        _receiver.Answer(500, 503);
        var token = await _bank.ContractWithTokenAsync("C1");
        var tx = await _bank.TransferAsync("C1", callbackUrl: _receiver.Url);
        await _bank.ConfirmAsync(tx.TransactionId, ApiBank.RightCode(token, tx));

        var first = await _receiver.NextAsync();
        await _factory.Time.WaitForPendingAsync(Retry);
        _factory.Clock.Advance(Retry);
        var second = await _receiver.NextAsync();
        await _factory.Time.WaitForPendingAsync(Retry);
        _factory.Clock.Advance(Retry);
        var third = await _receiver.NextAsync();

        Assert.Equal([500, 503, 200], [first.AnsweredStatus, second.AnsweredStatus, third.AnsweredStatus]);
        Assert.Equal(first.Body, third.Body);
        Assert.NotEqual(first.Timestamp, third.Timestamp);
    }

    [Fact]
    public async Task DeliveryFailingPastGiveUp_IsRecordedForTheBackOffice()
    {
        _receiver.AlwaysAnswer = 500;
        await _bank.ContractWithTokenAsync("C1");
        var tx = await _bank.TransferAsync("C1", callbackUrl: _receiver.Url);
        await _bank.Client.PostAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/cancel", null);
        await _receiver.NextAsync();
        for (var attempt = 2; attempt <= 4; attempt++)
        {
            await _factory.Time.WaitForPendingAsync(Retry);
            var idle = _factory.Time.Armed(Poll);
            _factory.Clock.Advance(Retry);
            await _receiver.NextAsync();
            if (attempt == 4)
            {
                await _factory.Time.WaitForPendingAsync(Poll, armedAtLeast: idle + 1);
            }
        }

        var failures = await (await _bank.Client.GetAsync($"{ApiBank.BackOffice}/callbacks/failures")).ReadAsync<List<CallbackFailure>>();

        var failure = Assert.Single(failures);
        Assert.Equal((tx.TransactionId, _receiver.Url, 4, "HTTP 500"), (failure.TransactionId, failure.Url, failure.Attempts, failure.Reason));
        Assert.False(_receiver.HasMore);
    }
}
