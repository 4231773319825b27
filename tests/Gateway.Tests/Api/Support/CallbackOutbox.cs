using System.Security.Cryptography;
using System.Text.Json;
using Inkan.Gateway.Api.Callbacks;
using Inkan.Grains.Callbacks;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Inkan.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>The gateway's callback outbox seen from a test: notices put in as transactions would, many in one write, and the relay's cursors.</summary>
public static class CallbackOutbox
{
    /// <summary>Appends <paramref name="count"/> notices of new transactions to <paramref name="url"/>, signed with the key's secret; returns their ids in order.</summary>
    public static async Task<string[]> AppendNoticesAsync(this BankApiFactory factory, string url, string apiKeyId, int count)
    {
        var transactions = Enumerable.Range(0, count).Select(_ => RandomNumberGenerator.GetHexString(32, lowercase: true)).ToArray();
        var notices = transactions.Select(id => new LogAppend(CallbackLogs.Notices, new CallbackNotice(
            id, "C1", "master", TxaKind.TRF, TransactionStatus.Authorized, null, factory.Clock.GetUtcNow(), new CallbackTarget(url, apiKeyId)).ToJson()));
        await factory.Services.GetRequiredService<IGrainStorage>().WriteAsync(new StateWrite("test.notices", Guid.NewGuid().ToString("N"), 0, "{}"u8.ToArray(), [.. notices]));
        factory.Services.GetRequiredService<CallbackSignal>().Notify();
        return transactions;
    }

    /// <summary>Waits until the relay has saved every notice in the outbox to <paramref name="url"/>'s receiver as done.</summary>
    public static async Task WaitUntilSavedAsync(this BankApiFactory factory, string url)
    {
        var last = (await factory.Services.GetRequiredService<IGrainStorage>().ReadLogTailAsync(CallbackLogs.Notices, 1, CancellationToken.None))[0].Id;
        var relay = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices);
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await relay.GetAsync() is var saved && saved.LaggingReceivers.GetValueOrDefault(CallbackLane.ReceiverOf(url), saved.DeliveredThrough) < last)
        {
            await Task.Delay(10, deadline.Token);
        }
    }

    /// <summary>The transaction whose status <paramref name="callback"/> carried.</summary>
    public static string TransactionOf(ReceivedCallback callback)
        => JsonSerializer.Deserialize<CallbackPayload>((callback ?? throw new ArgumentNullException(nameof(callback))).Body, ApiJson.Options)!.TransactionId;
}
