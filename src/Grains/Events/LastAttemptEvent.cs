namespace Inkan.Grains.Events;

/// <summary>One attempt is left on token <paramref name="Serial"/>; <paramref name="LoginIds"/> are its registered users.</summary>
public sealed record LastAttemptEvent(string Serial, string ContractId, IReadOnlyList<string> LoginIds, string TransactionId);
