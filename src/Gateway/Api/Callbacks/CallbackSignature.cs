using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>
/// How a callback is signed: <c>X-Inkan-Signature: sha256=&lt;hex&gt;</c>, the HMAC-SHA256 under the API key's callback
/// secret (its UTF-8 bytes) of <c>&lt;timestamp&gt;.&lt;body&gt;</c>, where the timestamp (Unix seconds) is sent in
/// <c>X-Inkan-Timestamp</c>. A receiver recomputes it, compares in constant time, and rejects old timestamps.
/// </summary>
public static class CallbackSignature
{
    /// <summary>The header with the Unix time of the attempt.</summary>
    public const string TimestampHeader = "X-Inkan-Timestamp";

    /// <summary>The header with the signature.</summary>
    public const string SignatureHeader = "X-Inkan-Signature";

    private const string Prefix = "sha256=";

    /// <summary>The signature header value for <paramref name="body"/> sent at <paramref name="timestamp"/>.</summary>
    public static string Compute(ReadOnlySpan<byte> key, long timestamp, ReadOnlySpan<byte> body)
    {
        var stamp = Encoding.ASCII.GetBytes(timestamp.ToString(CultureInfo.InvariantCulture) + ".");
        var message = new byte[stamp.Length + body.Length];
        stamp.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(stamp.Length));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(key, message));
    }

    /// <summary>Whether <paramref name="signature"/> is the right one, compared in constant time.</summary>
    public static bool Verify(ReadOnlySpan<byte> key, long timestamp, ReadOnlySpan<byte> body, string? signature)
        => signature is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(key, timestamp, body)), Encoding.ASCII.GetBytes(signature));
}
