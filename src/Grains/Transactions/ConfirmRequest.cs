namespace Inkan.Grains.Transactions;

/// <summary>
/// What <paramref name="LoginId"/> typed for a transaction: the token's 8-digit code, or for email OTP the OTP as
/// <paramref name="Code"/> together with the confirmation PIN <paramref name="Pin"/>.
/// </summary>
public sealed record ConfirmRequest(string ContractId, string LoginId, string Code, string? Pin = null)
{
    /// <summary>Leaves the code and the PIN out of logs.</summary>
    public override string ToString() => $"ConfirmRequest {{ ContractId = {ContractId}, LoginId = {LoginId} }}";
}
