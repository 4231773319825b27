namespace Inkan.Grains.ApiKeys;

/// <summary>A key to create: its holder's name, the SHA-256 of its secret, its scopes and its encrypted callback secret.</summary>
public sealed record NewApiKey(string Name, byte[] SecretHash, ApiScopes Scopes, byte[] ProtectedCallbackSecret)
{
    /// <summary>Leaves the hashes out of logs.</summary>
    public override string ToString() => $"NewApiKey {{ Name = {Name}, Scopes = {Scopes} }}";
}
