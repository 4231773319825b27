using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>
/// A transaction cancelled through a node whose copy the other node has changed since: the decision is taken on the
/// transaction as stored, and the contract's chain records only what happened.
/// </summary>
public sealed class TransactionAcrossNodesTests : TwoNodes
{
    [Fact]
    public async Task CancelAsync_WrongCodeTypedThroughTheOtherNode_Cancels()
    {
        var (token, tx) = await TransferReadThroughBAsync();
        Assert.Equal(ConfirmOutcome.WrongCode, (await A.ConfirmAsync(tx, Bank.WrongCode(token, tx))).Outcome);

        var cancelled = await B.Transaction(tx.TransactionId).CancelAsync("C1", "master");

        Assert.Equal(TransactionStatus.Cancelled, cancelled.Status);
        Assert.Equal(TransactionStatus.Cancelled, (await A.Transaction(tx.TransactionId).GetAsync("C1", "master")).Status);
    }

    [Fact]
    public async Task CancelAsync_AuthorizedThroughTheOtherNode_RefusedAndNoCancellationAudited()
    {
        var (token, tx) = await TransferReadThroughBAsync();
        Assert.Equal(ConfirmOutcome.Authorized, (await A.ConfirmAsync(tx, Bank.RightCode(token, tx))).Outcome);

        var refused = await Assert.ThrowsAsync<DomainException>(() => B.Transaction(tx.TransactionId).CancelAsync("C1", "master"));

        Assert.Equal(DomainError.Conflict, refused.Error);
        var audit = await A.Silo.Audit.ReadAllAsync(AuditChains.ForContract("C1"), CancellationToken.None);
        Assert.DoesNotContain(audit, e => e.Record.EventType == AuditEventType.TransactionCancelled);
    }

    // A pending transfer created through A, of which B holds a copy.
    private async Task<(TokenRecord Token, TransactionView Tx)> TransferReadThroughBAsync()
    {
        var token = await A.ContractWithTokenAsync("C1");
        var tx = await A.PendingTransferAsync("C1", "master");
        await B.Transaction(tx.TransactionId).GetAsync("C1", "master");
        return (token, tx);
    }
}
