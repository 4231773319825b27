namespace Inkan.Grains.Transactions;

/// <summary>The answer to a code: outcome, attempts left on the token, and the transaction afterwards.</summary>
public sealed record ConfirmResult(ConfirmOutcome Outcome, int RemainingAttempts, TransactionView Transaction);
