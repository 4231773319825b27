using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Tokens;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Tests.Api.Support;

/// <summary>Drives the API the way a bank's systems would, keeping the token keys a real token would hold.</summary>
public sealed class ApiBank(HttpClient client)
{
    public const string Password = "login-pass-1";
    public const string Pin = "4321";
    public const string V1 = "/api/v1";
    public const string BackOffice = V1 + "/backoffice";

    private static int _nextSerial;

    public HttpClient Client => client;

    public static object Transfer(long amount = 120_000) => new { bankNameKana = "ﾄﾏﾄ", branch = "123", subject = "1", account = "1234567", payeeKana = "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", amount };

    public async Task CreateContractAsync(string contractId, string master = "master")
    {
        var response = await client.PostJsonAsync($"{BackOffice}/contracts", new { contractId, name = "Tomato Trading", master = new { loginId = master, password = Password, pin = Pin } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public async Task AddUserAsync(string contractId, string loginId, params string[] permissions)
    {
        var response = await client.PostJsonAsync($"{BackOffice}/contracts/{contractId}/users", new { loginId, permissions, password = Password, pin = Pin });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>New tokens with their keys (the server wipes its copies), imported as a JSON batch.</summary>
    public async Task<IReadOnlyList<TokenRecord>> ImportAsync(int count)
    {
        var tokens = Enumerable.Range(0, count)
            .Select(_ => new TokenRecord((Interlocked.Increment(ref _nextSerial) + 2_000_000).ToString("D10", CultureInfo.InvariantCulture), RandomNumberGenerator.GetBytes(32)))
            .ToList();
        using var body = new MemoryStream();
        TokenBatchJson.Write(body, tokens, "test-batch");
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new("application/json");
        var response = await client.PostAsync($"{BackOffice}/token-batches", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return tokens;
    }

    public async Task<TokenRecord> IssuedTokenAsync(string contractId)
    {
        var token = (await ImportAsync(1))[0];
        var response = await client.PostJsonAsync($"{BackOffice}/contracts/{contractId}/tokens", new { serial = token.Serial });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return token;
    }

    public async Task ActivateAsync(string contractId, string loginId, TokenRecord token)
    {
        var tx = await CreateAsync(contractId, loginId, "ACT", new { tokenSerial = token.Serial });
        var result = await ConfirmAsync(tx.TransactionId, RightCode(token, tx));
        Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
    }

    /// <summary>A contract whose master user has registered a freshly issued token.</summary>
    public async Task<TokenRecord> ContractWithTokenAsync(string contractId, string master = "master")
    {
        await CreateContractAsync(contractId, master);
        var token = await IssuedTokenAsync(contractId);
        await ActivateAsync(contractId, master, token);
        return token;
    }

    public Task<HttpResponseMessage> PostTransactionAsync(string contractId, string loginId, string kind, object data, string? callbackUrl = null)
        => client.PostJsonAsync($"{V1}/transactions", new { contractId, loginId, kind, data, callbackUrl });

    public async Task<TransactionView> CreateAsync(string contractId, string loginId, string kind, object data, string? callbackUrl = null)
        => await (await PostTransactionAsync(contractId, loginId, kind, data, callbackUrl)).ReadAsync<TransactionView>(HttpStatusCode.Created);

    public Task<TransactionView> TransferAsync(string contractId, string loginId = "master", string? callbackUrl = null)
        => CreateAsync(contractId, loginId, "TRF", Transfer(), callbackUrl);

    public async Task<ConfirmResult> ConfirmAsync(string transactionId, string code)
        => await (await client.PostJsonAsync($"{V1}/transactions/{transactionId}/confirmation", new { code })).ReadAsync<ConfirmResult>();

    public async Task<TransactionView> CancelAsync(string transactionId)
        => await (await client.PostAsync($"{V1}/transactions/{transactionId}/cancel", null)).ReadAsync<TransactionView>();

    public async Task<TransactionView> GetAsync(string transactionId)
        => await (await client.GetAsync($"{V1}/transactions/{transactionId}")).ReadAsync<TransactionView>();

    public static string RightCode(TokenRecord token, TransactionView tx) => TxaCode.Compute(token.Key, tx.Payload);

    public static string WrongCode(TokenRecord token, TransactionView tx)
        => ((int.Parse(RightCode(token, tx), CultureInfo.InvariantCulture) + 1) % 100_000_000).ToString("D8", CultureInfo.InvariantCulture);
}
