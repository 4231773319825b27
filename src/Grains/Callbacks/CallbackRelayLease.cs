namespace Inkan.Grains.Callbacks;

/// <summary>Which node delivers callbacks, and until when unless it renews.</summary>
/// <param name="Node">The node's ID (<c>BankApi:Callbacks:NodeId</c>).</param>
/// <param name="Until">When the lease ends.</param>
public sealed record CallbackRelayLease(string Node, DateTimeOffset Until);
