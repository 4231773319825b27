using Inkan.Grains.Callbacks;
using Inkan.Grains.Contracts;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Transactions;

/// <summary>An operation (TRF, FEE, BLK or ADM) that <paramref name="LoginId"/> of <paramref name="ContractId"/> must confirm.</summary>
/// <param name="ContractId">The user's contract.</param>
/// <param name="LoginId">The user.</param>
/// <param name="Data">What the token will show; the server builds the payload from this copy.</param>
/// <param name="Admin">For ADM, the change's details beyond the operation and target.</param>
public sealed record TransactionRequest(string ContractId, string LoginId, TxaData Data, AdminDetails? Admin = null)
{
    /// <summary>Where to POST the final status, if anywhere.</summary>
    public CallbackTarget? Callback { get; init; }
}
