namespace Inkan.TokenEmulator.Load;

/// <summary>A transaction created ahead of its confirmation in a split run, with the code its user's token computes for it.</summary>
/// <param name="User">The user who created it and confirms it.</param>
/// <param name="TransactionId">The transaction.</param>
/// <param name="Code">The right code for its payload.</param>
internal sealed record PreparedTransaction(LoadUser User, string TransactionId, string Code)
{
    /// <summary>Leaves the code out of logs.</summary>
    public override string ToString() => $"PreparedTransaction {{ TransactionId = {TransactionId}, User = {User} }}";
}
