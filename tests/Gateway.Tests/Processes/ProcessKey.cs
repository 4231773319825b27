using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Inkan.Gateway.Tests.Processes;

/// <summary>A bank API key for a gateway process's configuration: the holder's <c>inkan.&lt;id&gt;.&lt;secret&gt;</c> and the secret's SHA-256.</summary>
public sealed record ProcessKey(string Id, string ApiKey, string SecretSha256)
{
    public static ProcessKey Create()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return new ProcessKey(id, $"inkan.{id}.{secret}", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))));
    }

    /// <summary>Leaves the key out of logs.</summary>
    public override string ToString() => $"ProcessKey {{ Id = {Id} }}";
}
