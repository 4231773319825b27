namespace Inkan.Gateway.Api.BackOffice;

/// <summary>A user to create with the initial login password and confirmation PIN (hashed on arrival).</summary>
public sealed record NewUserBody(string? LoginId, IReadOnlyList<string>? Permissions, string? Password, string? Pin)
{
    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => $"NewUserBody {{ LoginId = {LoginId} }}";
}
