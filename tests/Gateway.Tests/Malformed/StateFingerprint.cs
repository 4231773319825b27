using System.Net;
using System.Text;
using System.Text.Json;
using Inkan.Silo.Storage.Memory;

namespace Inkan.Gateway.Tests.Malformed;

/// <summary>
/// What the corpus must not change: through the API, the fixture's contract, users, tokens (issued and in stock),
/// transaction, ledger, API key, both audit chains and the callback failures; and every record the gateway stored, so
/// that a token added to or taken from stock, an API key created or revoked, or an idempotency key bound shows too.
/// </summary>
public static class StateFingerprint
{
    public static async Task<string> ReadAsync(HttpClient client, CorpusFixture f, MemoryStateStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        const string bo = "/api/v1/backoffice";
        var text = new StringBuilder();
        foreach (var url in new[]
        {
            $"{bo}/contracts/{f.ContractId}", $"{bo}/contracts/{f.ContractId}/users/{f.Master}", $"{bo}/contracts/{f.ContractId}/users/{f.Clerk}",
            $"{bo}/tokens/{f.Serial}", $"{bo}/tokens/{f.StockSerial}", $"/api/v1/transactions/{f.TransactionId}", $"{bo}/contracts/{f.ContractId}/ledger", $"{bo}/api-keys/{f.KeyId}",
            $"{bo}/callbacks/failures", $"{bo}/audit/bank/verification", $"{bo}/contracts/{f.ContractId}/audit/verification",
        })
        {
            text.AppendLine(await ReadOkAsync(client, url));
        }

        foreach (var chain in new[] { $"{bo}/audit/bank", $"{bo}/contracts/{f.ContractId}/audit" })
        {
            long? after = 0;
            while (after is { } id)
            {
                var page = await ReadOkAsync(client, $"{chain}?afterId={id}&limit=100");
                text.AppendLine(page);
                using var document = JsonDocument.Parse(page);
                after = document.RootElement.GetProperty("nextAfterId") is { ValueKind: JsonValueKind.Number } next ? next.GetInt64() : null;
            }
        }

        foreach (var ((type, key), payload) in store.Records().OrderBy(r => r.Key.StateType, StringComparer.Ordinal).ThenBy(r => r.Key.Key, StringComparer.Ordinal))
        {
            text.Append(type).Append(' ').Append(key).Append(' ').AppendLine(Encoding.UTF8.GetString(payload));
        }

        return text.ToString();
    }

    private static async Task<string> ReadOkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode} {body}");
        return body;
    }
}
