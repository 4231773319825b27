namespace Inkan.Grains.Audit;

/// <summary>What happened, before the chain gives it a sequence, a time and a hash.</summary>
/// <param name="EventType">The kind of event.</param>
/// <param name="ContractId">The contract concerned, if any.</param>
/// <param name="UserId">The user (login ID) concerned, if any.</param>
/// <param name="TokenSerial">The token concerned, if any.</param>
/// <param name="TransactionId">The transaction concerned, if any.</param>
/// <param name="Details">Free text such as a failure count or a written-request reference; never a secret.</param>
public sealed record AuditRecord(
    AuditEventType EventType,
    string? ContractId = null,
    string? UserId = null,
    string? TokenSerial = null,
    string? TransactionId = null,
    string? Details = null);
