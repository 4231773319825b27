using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Inkan.Protocol.Tokens;
using Inkan.TokenEmulator.Cli;

namespace Inkan.TokenEmulator.Load;

/// <summary>The bank API calls a load run makes, over one pooled <see cref="HttpClient"/> that sends the API key.</summary>
internal sealed class BankApiClient : IDisposable
{
    private const string V1 = "/api/v1";
    private const string BackOffice = V1 + "/backoffice";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly JsonElement Empty = JsonDocument.Parse("{}").RootElement;
    private readonly HttpClient _client;

    public BankApiClient(Uri baseUrl, string apiKey, int connections)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        _client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
    }

    public Task<ApiAnswer> CreateContractAsync(string contractId, string master, string password, string pin, CancellationToken cancellation)
        => PostAsync($"{BackOffice}/contracts", new { contractId, name = "ﾛｰﾄﾞ ｼｹﾝ", master = new { loginId = master, password, pin } }, cancellation);

    public Task<ApiAnswer> AddUserAsync(string contractId, string loginId, string[] permissions, string password, string pin, CancellationToken cancellation)
        => PostAsync($"{BackOffice}/contracts/{contractId}/users", new { loginId, permissions, password, pin }, cancellation);

    public Task<ApiAnswer> IssueTokenAsync(string contractId, string serial, CancellationToken cancellation)
        => PostAsync($"{BackOffice}/contracts/{contractId}/tokens", new { serial }, cancellation);

    public async Task<ApiAnswer> ImportAsync(IReadOnlyList<TokenRecord> tokens, string batchId, CancellationToken cancellation)
    {
        using var body = new MemoryStream();
        TokenBatchJson.Write(body, tokens, batchId);
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await SendAsync(new HttpRequestMessage(HttpMethod.Post, $"{BackOffice}/token-batches") { Content = content }, cancellation).ConfigureAwait(false);
    }

    public Task<ApiAnswer> CreateTransactionAsync(string contractId, string loginId, string kind, object data, CancellationToken cancellation)
        => PostAsync($"{V1}/transactions", new { contractId, loginId, kind, data }, cancellation);

    public Task<ApiAnswer> ConfirmAsync(string transactionId, string code, CancellationToken cancellation)
        => PostAsync($"{V1}/transactions/{transactionId}/confirmation", new { code }, cancellation);

    /// <summary>The answer to a setup call, which must succeed (or be <paramref name="alsoFine"/>, e.g. 409 when it exists already).</summary>
    public static ApiAnswer Expect(ApiAnswer answer, string what, int alsoFine = 0)
        => answer.Ok || (int)answer.Status == alsoFine ? answer : throw new EmulatorException($"{what} failed: {answer.Describe()} {answer.Text("detail")}".TrimEnd());

    public void Dispose() => _client.Dispose();

    private Task<ApiAnswer> PostAsync(string path, object body, CancellationToken cancellation)
        => SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json) }, cancellation);

    private async Task<ApiAnswer> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        using (request)
        {
            using var response = await _client.SendAsync(request, cancellation).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellation).ConfigureAwait(false);
            var body = Empty;
            if (bytes.Length > 0)
            {
                try
                {
                    body = JsonDocument.Parse(bytes).RootElement;
                }
                catch (JsonException)
                {
                    // Not JSON (a proxy's page, say): the status alone tells what happened.
                }
            }

            return new ApiAnswer(response.StatusCode, body);
        }
    }
}
