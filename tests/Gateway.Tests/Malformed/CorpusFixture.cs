namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// The state the corpus aims at: a contract, its master (with a registered token) and an inquiry-only clerk, a token
/// in stock, a pending transaction and the idempotency key it was created under, an API key.
/// </summary>
public sealed record CorpusFixture(string ContractId, string Master, string Clerk, string Serial, string StockSerial, string TransactionId, string IdempotencyKey, string KeyId);
