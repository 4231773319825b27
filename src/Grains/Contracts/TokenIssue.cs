using Inkan.Grains.Fees;

namespace Inkan.Grains.Contracts;

/// <summary>A token to issue to a contract: new, or replacing one of its tokens for the given reason.</summary>
public sealed record TokenIssue(string Serial, IssueReason Reason = IssueReason.New, string? ReplacedSerial = null);
