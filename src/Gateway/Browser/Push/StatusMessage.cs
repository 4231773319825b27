namespace Inkan.Gateway.Browser.Push;

/// <summary>The user's transaction left the pending state: <c>Authorized</c>, <c>Rejected</c>, <c>Expired</c> or <c>Cancelled</c>.</summary>
public sealed record StatusMessage(string TransactionId, string Status);
