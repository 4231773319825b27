using Inkan.Grains.Transactions;

namespace Inkan.Grains.Events;

/// <summary>Transaction <paramref name="TransactionId"/> of <paramref name="LoginId"/> is now <paramref name="Status"/>.</summary>
public sealed record TransactionStatusEvent(string TransactionId, string ContractId, string LoginId, TransactionStatus Status);
