namespace Inkan.Gateway.Api.Transactions;

/// <summary>FEE data: a tax and fee payment of 1 to 9 items.</summary>
public sealed record FeePaymentBody(IReadOnlyList<FeeItemBody?>? Items);
