using System.Security.Cryptography;
using System.Text.Json;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.ApiKeys;
using Inkan.Grains.Transactions;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Gateway.Tests.Api.Callbacks;

/// <summary>Callbacks survive a restart: the outbox and the watched transactions are in storage, not in memory.</summary>
public sealed class CallbackRestartTests : IAsyncLifetime
{
    private readonly MemoryStateStore _store = new();
    private readonly Dictionary<string, string?> _settings = new() { ["Inkan:KeyProtection:MasterKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
    private CallbackReceiver _receiver = null!;

    public async Task InitializeAsync()
    {
        _receiver = await CallbackReceiver.StartAsync();
        _settings["BankApi:Callbacks:AllowedTargets:0"] = _receiver.Url;
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task UndeliveredCallback_IsDeliveredByTheNextStart()
    {
        _receiver.AlwaysAnswer = 503;
        string transactionId;
        await using (var before = Gateway())
        {
            var bank = new ApiBank(await before.ClientAsync(ApiScopes.Transactions | ApiScopes.BackOffice));
            var token = await bank.ContractWithTokenAsync("C1");
            var tx = await bank.TransferAsync("C1", callbackUrl: _receiver.Url);
            transactionId = tx.TransactionId;
            await bank.ConfirmAsync(transactionId, ApiBank.RightCode(token, tx));
            Assert.Equal(503, (await _receiver.NextAsync()).AnsweredStatus);
        }

        _receiver.AlwaysAnswer = null;
        await using var after = Gateway();
        _ = after.Services;
        var delivered = await _receiver.NextAsync();

        Assert.Equal(200, delivered.AnsweredStatus);
        Assert.Equal((transactionId, TransactionStatus.Authorized), Read(delivered));
    }

    [Fact]
    public async Task PendingTransactionWithCallback_ExpiresAfterARestartAndIsPosted()
    {
        string transactionId;
        await using (var before = Gateway())
        {
            var bank = new ApiBank(await before.ClientAsync(ApiScopes.Transactions | ApiScopes.BackOffice));
            await bank.ContractWithTokenAsync("C1");
            transactionId = (await bank.TransferAsync("C1", callbackUrl: _receiver.Url)).TransactionId;
        }

        await using var after = Gateway();
        after.Clock.Advance(TimeSpan.FromMinutes(6));
        _ = after.Services;

        Assert.Equal((transactionId, TransactionStatus.Expired), Read(await _receiver.NextAsync()));
    }

    private BankApiFactory Gateway() => new() { Store = _store, Settings = new Dictionary<string, string?>(_settings) };

    private static (string, TransactionStatus) Read(ReceivedCallback callback)
    {
        var payload = JsonSerializer.Deserialize<CallbackPayload>(callback.Body, ApiJson.Options)!;
        return (payload.TransactionId, payload.Status);
    }
}
