namespace Inkan.Grains.Tokens;

/// <summary>A code entered for a transaction, to check against the payload the server built.</summary>
/// <param name="ContractId">The contract of the user who entered it.</param>
/// <param name="LoginId">The user who entered it.</param>
/// <param name="TransactionId">The transaction it confirms.</param>
/// <param name="Payload">The TXA1 payload rebuilt by the server from its own copy.</param>
/// <param name="Code">The 8 digits entered.</param>
/// <param name="Activation">Whether this is the user's activation (ACT), which registers the user on success.</param>
public sealed record TokenCheck(string ContractId, string LoginId, string TransactionId, string Payload, string Code, bool Activation);
