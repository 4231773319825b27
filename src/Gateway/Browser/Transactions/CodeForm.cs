namespace Inkan.Gateway.Browser.Transactions;

/// <summary>The 8-digit code the user read from the token; for email OTP the one-time password with the confirmation PIN.</summary>
public sealed record CodeForm(string? Code, string? Pin = null)
{
    /// <summary>Leaves the code and the PIN out of logs.</summary>
    public override string ToString() => "CodeForm { }";
}
