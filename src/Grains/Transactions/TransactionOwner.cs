using Inkan.Grains.Policy;

namespace Inkan.Grains.Transactions;

/// <summary>Whose transaction it is and how it is confirmed: what never changes once it is created.</summary>
/// <param name="ContractId">The user's contract.</param>
/// <param name="LoginId">The user who must confirm.</param>
/// <param name="Method">A token code, or the PIN and an emailed OTP.</param>
public sealed record TransactionOwner(string ContractId, string LoginId, ConfirmationMethod Method);
