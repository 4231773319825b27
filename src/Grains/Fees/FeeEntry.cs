namespace Inkan.Grains.Fees;

/// <summary>One line of a contract's token fee ledger.</summary>
/// <param name="At">When the token was issued.</param>
/// <param name="Serial">The issued token.</param>
/// <param name="Reason">Why it was issued.</param>
/// <param name="Kind">The rule that priced it.</param>
/// <param name="Amount">The fee in yen, tax included.</param>
/// <param name="ReplacedSerial">For a reissue, the token it replaces.</param>
public sealed record FeeEntry(DateTimeOffset At, string Serial, IssueReason Reason, FeeKind Kind, long Amount, string? ReplacedSerial);
