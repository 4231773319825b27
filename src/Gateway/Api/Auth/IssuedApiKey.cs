namespace Inkan.Gateway.Api.Auth;

/// <summary>A new API key as shown once to its holder: the key and the secret that signs its callbacks.</summary>
/// <param name="KeyId">The public id (the middle part of the key).</param>
/// <param name="Name">Who the key is for.</param>
/// <param name="Scopes">What it may call.</param>
/// <param name="ApiKey">The key to send as <c>Authorization: Bearer</c>; not stored anywhere, only its hash.</param>
/// <param name="CallbackSecret">The HMAC-SHA256 key (its UTF-8 bytes) that signs callbacks for transactions this key creates.</param>
public sealed record IssuedApiKey(string KeyId, string Name, IReadOnlyList<string> Scopes, string ApiKey, string CallbackSecret)
{
    /// <summary>Leaves the secrets out of logs.</summary>
    public override string ToString() => $"IssuedApiKey {{ KeyId = {KeyId}, Name = {Name} }}";
}
