namespace Inkan.Gateway.Api.BackOffice;

/// <summary>A new login password, confirmation PIN, or both.</summary>
public sealed record SecretsBody(string? Password, string? Pin)
{
    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => "SecretsBody { }";
}
