namespace Inkan.Gateway.Browser.Transactions;

/// <summary>The 8-digit code the user read from the token.</summary>
public sealed record CodeForm(string? Code)
{
    /// <summary>Leaves the code out of logs.</summary>
    public override string ToString() => "CodeForm { }";
}
