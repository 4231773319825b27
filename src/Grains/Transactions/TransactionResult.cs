using Inkan.Grains.Policy;

namespace Inkan.Grains.Transactions;

/// <summary>The answer to a creation: the outcome, the block reason when blocked, and the transaction when created.</summary>
public sealed record TransactionResult(CreateOutcome Outcome, BlockReason Block, TransactionView? Transaction)
{
    /// <summary>A refusal without a transaction.</summary>
    public static TransactionResult Refused(CreateOutcome outcome, BlockReason block = BlockReason.None) => new(outcome, block, null);
}
