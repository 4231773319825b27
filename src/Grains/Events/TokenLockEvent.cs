namespace Inkan.Grains.Events;

/// <summary>Token <paramref name="Serial"/> of <paramref name="ContractId"/> was locked or unlocked; <paramref name="LoginIds"/> are its registered users.</summary>
public sealed record TokenLockEvent(string Serial, string ContractId, IReadOnlyList<string> LoginIds, bool Locked);
