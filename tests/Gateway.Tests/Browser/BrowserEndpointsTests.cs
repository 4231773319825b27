using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Inkan.Gateway.Browser.Transactions;
using Inkan.Gateway.Tests.Browser.Support;
using Inkan.Grains.Users;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>The browser client's JSON endpoints and hub over plain HTTP: antiforgery, logon, rate limit, ownership, logon steps, bad input.</summary>
public sealed class BrowserEndpointsTests : IAsyncLifetime
{
    private const string Contract = "C500";
    private GatewayServer _server = null!;
    private DemoBank _bank = null!;

    public async Task InitializeAsync()
    {
        _server = new GatewayServer(new Dictionary<string, string?> { ["Browser:LogonPermitLimit"] = "6" }, kestrel: false);
        _bank = await DemoBank.CreateAsync(_server);
        const Permissions transfers = Permissions.Inquiry | Permissions.FundTransfer;
        await _bank.ContractAsync(Contract, "master01", ("user01", transfers), ("user02", transfers), ("newbie01", transfers));
        await _bank.IssueAsync(Contract, _bank.Serials[0]);
        await _bank.RegisterAsync(Contract, "user01", _bank.Serials[0]);
        await _bank.RegisterAsync(Contract, "user02", _bank.Serials[0]);
    }

    public async Task DisposeAsync()
    {
        _bank.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Logon_WithoutAntiforgeryToken_Refused()
    {
        var client = Client();
        await client.SessionAsync();

        var response = await client.PostAsync("/logon", new { contractId = Contract, loginId = "user01", password = DemoBank.Password }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("antiforgery", await SessionClient.CodeAsync(response));
        Assert.False((await client.SessionAsync()).GetProperty("signedOn").GetBoolean());
    }

    [Theory]
    [InlineData("user01", "wrong-password")]
    [InlineData("nobody01", DemoBank.Password)]
    [InlineData("x", DemoBank.Password)]
    public async Task Logon_WrongPasswordUnknownOrMalformedUser_SameAnswer(string loginId, string password)
    {
        var response = await Client().LogOnAsync(Contract, loginId, password);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("logon-failed", await SessionClient.CodeAsync(response));
    }

    [Fact]
    public async Task Logon_OverTheLimitPerAddress_TooManyRequests()
    {
        var client = Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await client.LogOnAsync(Contract, "user01", "wrong-password")).StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 6), HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Session_SignedOnUserWithToken_ProceedsWithTokenMethod()
    {
        var client = Client();
        Assert.Equal(HttpStatusCode.NoContent, (await client.LogOnAsync(Contract, "user01")).StatusCode);

        var session = await client.SessionAsync();

        Assert.Equal(("Proceed", "Token", "0000000101"), (session.GetProperty("step").GetString(), session.GetProperty("confirmation").GetString(), session.GetProperty("tokenSerial").GetString()));
        Assert.Equal(["Inquiry", "FundTransfer"], session.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Logoff_CookieCopiedBeforeIt_NoLongerOpensTheSession()
    {
        var client = Client();
        await client.SessionAsync();
        var logon = await client.PostAsync("/logon", new { contractId = Contract, loginId = "user01", password = DemoBank.Password });
        var cookie = logon.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Inkan.Session=", StringComparison.Ordinal)).Split(';')[0];
        await client.SessionAsync();
        var copy = _server.CreateClient();
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        var before = await copy.GetFromJsonAsync<JsonElement>("/app/api/session");

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync("/logoff", null)).StatusCode);

        var after = await copy.GetFromJsonAsync<JsonElement>("/app/api/session");
        Assert.True(before.GetProperty("signedOn").GetBoolean());
        Assert.False(after.GetProperty("signedOn").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/app/api/transactions")).StatusCode);
    }

    [Fact]
    public async Task Transfer_UserWhoMustRegisterATokenFirst_StepRequired()
    {
        var client = Client();
        await client.LogOnAsync(Contract, "newbie01");

        var response = await client.PostAsync("/transfers", Transfer("123"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("step-required", "RegisterToken"), (problem.GetProperty("code").GetString(), problem.GetProperty("step").GetString()));
    }

    [Fact]
    public async Task Transfer_BranchNotThreeDigits_ProblemNamesTheField()
    {
        var client = Client();
        await client.LogOnAsync(Contract, "user01");

        var response = await client.PostAsync("/transfers", Transfer("12"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid-field", problem.GetProperty("code").GetString());
        Assert.Contains("branch", problem.GetProperty("field").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Qr_AnotherUsersTransaction_NotFoundWhileTheOwnerGetsThePng()
    {
        var created = await _bank.TransferFromBankSystemAsync(Contract, "user01", "ﾀﾅｶ", 1_000);
        var owner = Client();
        await owner.LogOnAsync(Contract, "user01");
        var other = Client();
        await other.LogOnAsync(Contract, "user02");
        var path = $"/app/api/transactions/{created.TransactionId}/qr.png";

        var refused = await other.Http.GetAsync(path);
        var image = await owner.Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await image.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"/app/api/transactions/{created.TransactionId}")).StatusCode);
    }

    [Fact]
    public async Task Transactions_PendingList_TheUsersOwnNewestFirst()
    {
        var older = await _bank.TransferFromBankSystemAsync(Contract, "user01", "ﾀﾅｶ", 1_000);
        var newer = await _bank.TransferFromBankSystemAsync(Contract, "user01", "ﾀﾅｶ", 2_000);
        await _bank.TransferFromBankSystemAsync(Contract, "user02", "ﾀﾅｶ", 3_000);
        var client = Client();
        await client.LogOnAsync(Contract, "user01");

        var pending = await ListAsync(client, "?pending=true");

        Assert.Equal([newer.TransactionId, older.TransactionId], pending);
    }

    [Fact]
    public async Task Transactions_MoreThanTheLimit_ListsTheNewestOnly()
    {
        var created = new List<string>();
        for (var i = 0; i < UserHistory.Limit + 5; i++)
        {
            created.Add((await _bank.TransferFromBankSystemAsync(Contract, "user02", "ﾀﾅｶ", 1_000 + i)).TransactionId);
        }

        var client = Client();
        await client.LogOnAsync(Contract, "user02");

        Assert.Equal(Enumerable.Reverse(created).Take(UserHistory.Limit), await ListAsync(client, ""));
    }

    [Theory]
    [InlineData("1234567")]
    [InlineData("1234567a")]
    [InlineData("")]
    public async Task Confirm_CodeNotEightDigits_BadRequestWithoutTouchingTheToken(string code)
    {
        var created = await _bank.TransferFromBankSystemAsync(Contract, "user01", "ﾀﾅｶ", 1_000);
        var client = Client();
        await client.LogOnAsync(Contract, "user01");

        var response = await client.PostAsync($"/transactions/{created.TransactionId}/confirm", new { code });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid-field", await SessionClient.CodeAsync(response));
        Assert.Equal(0, (await _server.Grains.GetGrain<Grains.Tokens.ITokenGrain>(_bank.Serials[0]).GetInfoAsync()).Failures);
    }

    [Fact]
    public async Task TokenRegistration_AnotherTokenWhileOneIsRegistered_RefusedAndTheRegisteredOneKept()
    {
        await _bank.IssueAsync(Contract, _bank.Serials[1]);
        var client = Client();
        await client.LogOnAsync(Contract, "user01");

        var response = await client.PostAsync("/token-registrations", new { serial = _bank.Serials[1] });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("registration-not-allowed", await SessionClient.CodeAsync(response));
        Assert.Equal(_bank.Serials[0], (await client.SessionAsync()).GetProperty("tokenSerial").GetString());
    }

    [Fact]
    public async Task Hub_WithoutSession_UnauthorizedWithProblem()
    {
        var response = await _server.CreateClient().PostAsync("/hubs/auth/negotiate?negotiateVersion=1", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthenticated", await SessionClient.CodeAsync(response));
    }

    [Fact]
    public async Task AdminContract_UserWithoutAdminPermission_Forbidden()
    {
        var client = Client();
        await client.LogOnAsync(Contract, "user01");

        var response = await client.Http.GetAsync("/app/api/admin/contract");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("permission-denied", await SessionClient.CodeAsync(response));
    }

    private static object Transfer(string branch) => new { bankNameKana = "ﾄﾏﾄ", branch, subject = "1", account = "1234567", payeeKana = "ﾀﾅｶ", amount = 1000 };

    private SessionClient Client() => new(_server.CreateClient());

    private static async Task<List<string>> ListAsync(SessionClient client, string query)
        => [.. (await client.Http.GetFromJsonAsync<JsonElement>("/app/api/transactions" + query)).EnumerateArray().Select(t => t.GetProperty("id").GetString()!)];
}
