namespace Inkan.Grains.Transactions;

/// <summary>The code <paramref name="LoginId"/> typed for a transaction.</summary>
public sealed record ConfirmRequest(string ContractId, string LoginId, string Code)
{
    /// <summary>Leaves the code out of logs.</summary>
    public override string ToString() => $"ConfirmRequest {{ ContractId = {ContractId}, LoginId = {LoginId} }}";
}
