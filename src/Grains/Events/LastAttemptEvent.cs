namespace Inkan.Grains.Events;

/// <summary>
/// One attempt is left on token <paramref name="Serial"/>; <paramref name="LoginIds"/> are its registered users and
/// <paramref name="TypedBy"/> the user whose wrong code of transaction <paramref name="TransactionId"/> left it there.
/// </summary>
public sealed record LastAttemptEvent(string Serial, string ContractId, IReadOnlyList<string> LoginIds, string TransactionId, string TypedBy);
