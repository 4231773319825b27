namespace Inkan.Gateway.Api.Transactions;

/// <summary>What the user typed: the token's 8-digit code.</summary>
public sealed record ConfirmBody(string? Code)
{
    /// <summary>Leaves the code out of logs.</summary>
    public override string ToString() => "ConfirmBody { }";
}
