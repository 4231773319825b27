using System.Text.Json;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>Receivers that keep failing wait out their backoff without holding a delivery slot, so the others still get theirs.</summary>
public sealed class CallbackSlotsTests : IAsyncLifetime
{
    private readonly BankApiFactory _factory = new()
    {
        Settings =
        {
            ["BankApi:Callbacks:MaxConcurrent"] = "2",
            ["BankApi:Callbacks:RetryInitialDelay"] = "00:01:00",
            ["BankApi:Callbacks:RetryMaxDelay"] = "00:01:00",
        },
    };

    private readonly List<CallbackReceiver> _failing = [];
    private CallbackReceiver _healthy = null!;

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            var failing = await CallbackReceiver.StartAsync();
            failing.AlwaysAnswer = 503;
            _factory.Settings[$"BankApi:Callbacks:AllowedTargets:{i}"] = failing.Url;
            _failing.Add(failing);
        }

        _healthy = await CallbackReceiver.StartAsync();
        _factory.Settings["BankApi:Callbacks:AllowedTargets:3"] = _healthy.Url;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        foreach (var failing in _failing)
        {
            await failing.DisposeAsync();
        }

        await _healthy.DisposeAsync();
    }

    [Fact]
    public async Task Relay_MoreFailingReceiversThanSlots_HealthyCallbackStillDelivered()
    {
        var bank = new ApiBank(await _factory.ClientAsync());
        await bank.ContractWithTokenAsync("C1");
        foreach (var receiver in _failing)
        {
            var failing = await bank.TransferAsync("C1", callbackUrl: receiver.Url);
            await bank.CancelAsync(failing.TransactionId);
            await receiver.NextAsync();
        }

        // The clock stands still: all three failing callbacks wait out their first backoff, and only two slots exist.
        var healthy = await bank.TransferAsync("C1", callbackUrl: _healthy.Url);
        await bank.CancelAsync(healthy.TransactionId);
        var payload = JsonSerializer.Deserialize<CallbackPayload>((await _healthy.NextAsync()).Body, ApiJson.Options)!;

        Assert.Equal((healthy.TransactionId, TransactionStatus.Cancelled), (payload.TransactionId, payload.Status));
    }
}
