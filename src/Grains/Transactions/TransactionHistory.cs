using Inkan.Grains.Users;

namespace Inkan.Grains.Transactions;

/// <summary>
/// Each user's transactions: a storage log per user to which a transaction's creation appends its ID, in the write
/// that stores the transaction, so a user's latest transactions are read from the log's tail without reading
/// anyone else's.
/// </summary>
public static class TransactionHistory
{
    /// <summary>The log of the user's transaction IDs, oldest first.</summary>
    public static string LogOf(string contractId, string loginId) => "history/" + Identifiers.UserKey(contractId, loginId);
}
