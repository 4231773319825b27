namespace Inkan.Gateway.Api.Transactions;

/// <summary>BLK data: a bulk, salary or bonus transfer approval.</summary>
public sealed record BulkApprovalBody(string? Type, DateOnly? DesignatedDate, long? TotalCount, long? TotalAmount);
