namespace Inkan.Gateway.Api.Transactions;

/// <summary>One item of a FEE payment.</summary>
public sealed record FeeItemBody(string? AgencyNumber, string? AgencyNameKana, string? CustomerNumber, long? Amount);
