using Inkan.Grains.Callbacks;
using Inkan.Grains.Errors;
using Inkan.Grains.Transactions;
using Inkan.Silo;
using Inkan.Silo.Storage;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// Touches the pending transactions that have a callback, in creation order, so that each one's activation (and its
/// expiry timer) exists even after a restart; moves the watch cursor past those that are final.
/// </summary>
public sealed class CallbackWatcher(IGrainFactory grains, IGrainStorage storage, ILogger<CallbackWatcher> logger)
{
    private const int BatchSize = 100;

    /// <summary>Touches the watched transactions up to the first still pending; returns the new cursor.</summary>
    public async Task<long> TouchAsync(long watchedThrough, CancellationToken cancellationToken)
    {
        var done = watchedThrough;
        foreach (var entry in await storage.ReadLogAsync(CallbackLogs.Watches, watchedThrough, BatchSize, cancellationToken))
        {
            if (await IsPendingAsync(entry))
            {
                break;
            }

            done = entry.Id;
        }

        if (done > watchedThrough)
        {
            await grains.GetGrain<ICallbackRelayGrain>(CallbackLogs.Notices).AdvanceWatchedAsync(done);
        }

        return done;
    }

    private async Task<bool> IsPendingAsync(LogEntry entry)
    {
        try
        {
            var watch = CallbackWatch.FromJson(entry.Payload);
            var view = await grains.GetGrain<ITransactionGrain>(watch.TransactionId).GetAsync(watch.ContractId, watch.LoginId);
            return view.Status == TransactionStatus.Pending;
        }
        catch (Exception e) when (e is FormatException or DomainException)
        {
            logger.LogWarning("Callback watch entry {EntryId} names no transaction and is skipped: {Reason}", entry.Id, e.Message);
            return false;
        }
    }
}
