using Inkan.Grains.Callbacks;

namespace Inkan.Grains.Transactions;

/// <summary>What <see cref="TransactionGrain"/> offers the bank's own systems: the view without owner check, and callbacks.</summary>
public sealed partial class TransactionGrain
{
    /// <inheritdoc />
    public async Task<TransactionView> DescribeAsync()
    {
        await state.EnsureCurrentAsync();
        RequireExists();
        await ExpireIfDueAsync();
        return TransactionView.Of(Id, S);
    }

    /// <inheritdoc />
    public async Task<TransactionOwner> GetOwnerAsync()
    {
        await RereadIfNoneAsync();
        RequireExists();
        return new TransactionOwner(S.ContractId, S.LoginId, S.Method);
    }

    // A copy read before another node created the transaction (an idempotent retry asked here first) says it does not
    // exist. Only then must a lookup of what never changes read it again.
    private async Task RereadIfNoneAsync()
    {
        if (S.Status == TransactionStatus.None)
        {
            await state.EnsureCurrentAsync();
        }
    }

    private void RequireExists()
    {
        if (S.Status == TransactionStatus.None)
        {
            throw new Errors.DomainException(Errors.DomainError.NotFound, $"Transaction {Id} does not exist.");
        }
    }

    // With the write that issues the challenge: the relay wakes the transaction after a restart so it can expire.
    private void WatchForCallback(CallbackTarget? callback)
    {
        S.Callback = callback;
        if (callback is not null)
        {
            state.AppendToLog(CallbackLogs.Watches, new CallbackWatch(Id, S.ContractId, S.LoginId).ToJson());
        }
    }

    // With the write that ends the transaction: the final status is POSTed if and only if it is stored.
    private void QueueCallback()
    {
        if (S.Callback is { } target)
        {
            var notice = new CallbackNotice(Id, S.ContractId, S.LoginId, S.Kind, S.Status, S.Detail, S.CompletedAt!.Value, target);
            state.AppendToLog(CallbackLogs.Notices, notice.ToJson());
            RunWhenDurable(callbacks.Notify);
        }
    }
}
