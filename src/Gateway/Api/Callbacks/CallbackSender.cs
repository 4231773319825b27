using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Inkan.Gateway.Api.Auth;
using Inkan.Grains.Callbacks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Api.Callbacks;

/// <summary>Makes one signed POST of a callback; says why it failed, never throws for a failed delivery.</summary>
public sealed class CallbackSender(IHttpClientFactory clients, ApiKeyIssuer keys, IOptions<JsonOptions> json, TimeProvider time)
{
    /// <summary>The named HTTP client (no redirects, the configured timeout).</summary>
    public const string ClientName = "inkan-callbacks";

    /// <summary>The JSON body for <paramref name="notice"/>.</summary>
    public byte[] Body(CallbackNotice notice) => JsonSerializer.SerializeToUtf8Bytes(CallbackPayload.Of(notice), json.Value.SerializerOptions);

    /// <summary>POSTs <paramref name="body"/> for <paramref name="notice"/>: delivered when the receiver answered 2xx, else why not.</summary>
    public async Task<CallbackAttempt> SendAsync(CallbackNotice notice, byte[] body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notice);
        byte[] key;
        try
        {
            key = await keys.CallbackKeyAsync(notice.Target.ApiKeyId);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // A deleted key, a secret that does not decrypt, or a grain call or storage failing for now: an attempt that
            // failed, retried with backoff like a receiver's error, never a callback dropped without retries.
            return CallbackAttempt.NotPosted("the API key's callback secret is unavailable: " + e.Message);
        }

        try
        {
            var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
            using var request = new HttpRequestMessage(HttpMethod.Post, notice.Target.Url) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            request.Headers.Add(CallbackSignature.TimestampHeader, timestamp.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add(CallbackSignature.SignatureHeader, CallbackSignature.Compute(key, timestamp, body));
            using var response = await clients.CreateClient(ClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? CallbackAttempt.Delivered : CallbackAttempt.PostFailed($"HTTP {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return CallbackAttempt.PostFailed(e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return CallbackAttempt.PostFailed("timed out");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }
}
