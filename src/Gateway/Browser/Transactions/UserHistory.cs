using Inkan.Gateway.Browser.Session;
using Inkan.Grains.Errors;
using Inkan.Grains.Transactions;
using Inkan.Silo;
using Inkan.Silo.Storage;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>
/// A user's recent transactions, newest first: the tail of the user's <see cref="TransactionHistory"/> log, read
/// from the transactions' grains. The cost does not grow with the user's or the contract's past.
/// </summary>
public sealed class UserHistory(IGrainStorage storage, IGrainFactory grains)
{
    /// <summary>How many transactions the history shows at most.</summary>
    public const int Limit = 50;

    /// <summary>The user's latest transactions, newest first; only the pending ones when <paramref name="pendingOnly"/>.</summary>
    public async Task<IReadOnlyList<TransactionView>> ListAsync(BrowserUser user, bool pendingOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entries = await storage.ReadLogTailAsync(TransactionHistory.LogOf(user.ContractId, user.LoginId), Limit, cancellationToken);
        var views = await Task.WhenAll(entries.Select(e => ReadAsync(e.Payload, user)));
        return [.. views.OfType<TransactionView>().Where(v => !pendingOnly || v.Status == TransactionStatus.Pending)];
    }

    private async Task<TransactionView?> ReadAsync(string id, BrowserUser user)
    {
        try
        {
            return await grains.GetGrain<ITransactionGrain>(id).GetAsync(user.ContractId, user.LoginId);
        }
        catch (DomainException e) when (e.Error == DomainError.NotFound)
        {
            return null;
        }
    }
}
