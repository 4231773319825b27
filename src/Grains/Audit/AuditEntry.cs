namespace Inkan.Grains.Audit;

/// <summary>One link of the audit hash chain: the record, its place and time, and the hashes tying it to its predecessor.</summary>
/// <param name="Sequence">Position in the chain, from 1, without gaps.</param>
/// <param name="Time">When it was appended.</param>
/// <param name="Record">What happened.</param>
/// <param name="PreviousHash">The hash of the previous entry (<see cref="AuditChain.GenesisHash"/> for the first).</param>
/// <param name="Hash">SHA-256 over the canonical encoding of all the above, lowercase hex.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset Time, AuditRecord Record, string PreviousHash, string Hash);
