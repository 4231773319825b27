namespace Inkan.Gateway.Api.BackOffice;

/// <summary>A token to issue from stock: new (Reason New) or replacing one of the contract's tokens (ReissueLoss, ReissueDamage, ReissueTheft, ReissueNaturalFailure).</summary>
public sealed record IssueTokenBody(string? Serial, string? Reason, string? ReplacedSerial);
