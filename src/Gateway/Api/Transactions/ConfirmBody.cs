namespace Inkan.Gateway.Api.Transactions;

/// <summary>What the user typed: the token's 8-digit code, or for email OTP the confirmation PIN and the OTP from the mail.</summary>
public sealed record ConfirmBody(string? Code, string? Pin, string? Otp)
{
    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => "ConfirmBody { }";
}
