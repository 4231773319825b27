using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Inkan.Gateway.Api.Auth;
using Inkan.Gateway.Api.Problems;

namespace Inkan.Gateway.Api.Transactions;

/// <summary>
/// The <c>Idempotency-Key</c> header of a creation: its shape, the grain that remembers it (per API key) and the
/// request's fingerprint, an HMAC under the caller's own API key, so that the stored fingerprint of an ADM request
/// reveals nothing of the password or PIN it carried.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>The request header.</summary>
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The answer header that marks a creation answered from an earlier request with the same key.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>The header's value, checked: 1 to <see cref="MaxLength"/> visible ASCII characters but the comma (a repeated header arrives joined by commas).</summary>
    /// <exception cref="ApiValidationException">The value is not such a key.</exception>
    public static string Check(string value)
        => value is { Length: > 0 and <= MaxLength } && value.All(c => c is > ' ' and <= '~' and not ',')
            ? value
            : throw new ApiValidationException(HeaderName, $"The {HeaderName} header must be 1 to {MaxLength} visible ASCII characters without a comma, once.");

    /// <summary>The key of the grain that remembers <paramref name="key"/> for API key <paramref name="apiKeyId"/>.</summary>
    public static string GrainKey(string apiKeyId, string key) => $"{apiKeyId}/{key}";

    /// <summary>The fingerprint of <paramref name="body"/> under the key <paramref name="request"/> presents.</summary>
    public static string Fingerprint(HttpRequest request, CreateTransactionBody body, JsonSerializerOptions options)
    {
        var apiKey = ApiKeyFormat.Presented(request) ?? throw new InvalidOperationException("An authenticated bank API request presents its key.");
        var content = JsonSerializer.SerializeToUtf8Bytes(body, options);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(apiKey), content));
    }
}
