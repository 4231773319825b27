namespace Inkan.Gateway.Browser.Session;

/// <summary>What the logon page posts: contract ID, login ID and login password.</summary>
public sealed record LogonForm(string? ContractId, string? LoginId, string? Password)
{
    /// <summary>Leaves the password out of logs.</summary>
    public override string ToString() => $"LogonForm {{ ContractId = {ContractId}, LoginId = {LoginId} }}";
}
