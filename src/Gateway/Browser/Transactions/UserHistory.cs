using Inkan.Gateway.Browser.Session;
using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Transactions;
using Inkan.Silo;

namespace Inkan.Gateway.Browser.Transactions;

/// <summary>
/// A user's recent transactions, found in the contract's audit chain (every challenge is audited with its
/// transaction and user) and read from their grains, newest first.
/// </summary>
public sealed class UserHistory(AuditLogReader audit, IGrainFactory grains)
{
    /// <summary>How many transactions the history shows at most.</summary>
    public const int Limit = 50;

    /// <summary>The user's latest transactions, newest first; only the pending ones when <paramref name="pendingOnly"/>.</summary>
    public async Task<IReadOnlyList<TransactionView>> ListAsync(BrowserUser user, bool pendingOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entries = await audit.ReadAllAsync(AuditChains.ForContract(user.ContractId), cancellationToken);
        var ids = entries
            .Where(e => e.Record.EventType == AuditEventType.ChallengeIssued && e.Record.UserId == user.LoginId && e.Record.TransactionId is not null)
            .Select(e => e.Record.TransactionId!)
            .Reverse()
            .Distinct(StringComparer.Ordinal)
            .Take(Limit);
        var views = await Task.WhenAll(ids.Select(id => ReadAsync(id, user)));
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
