using System.Net;
using Inkan.Gateway.Api.BackOffice;
using Inkan.Gateway.Api.Users;
using Inkan.Gateway.Tests.Api.Support;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Transactions;

namespace Inkan.Gateway.Tests.Api.Users;

/// <summary>Email OTP on the bank's own screens: tokens available but not yet mandatory, so a user without a token confirms by PIN + OTP.</summary>
public sealed class EmailOtpTests : IAsyncLifetime
{
    private const string Address = "sato@example.jp";
    private readonly BankApiFactory _factory = new()
    {
        Settings =
        {
            ["Inkan:Policy:EmailOtpMandatorySince"] = "2026-01-01T00:00:00+09:00",
            ["Inkan:Policy:TokenAuthAvailableSince"] = "2026-01-01T00:00:00+09:00",
            ["Inkan:Policy:TokenAuthMandatorySince"] = "2099-01-01T00:00:00+09:00",
        },
    };

    private HttpClient _client = null!;
    private ApiBank _bank = null!;

    public async Task InitializeAsync()
    {
        _client = await _factory.ClientAsync();
        _bank = new ApiBank(_client);
        await _bank.CreateContractAsync("C1");
        await _bank.AddUserAsync("C1", "sato", "Inquiry", "FundTransfer");
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task OtpUser_RegistersAddressThenConfirmsATransferWithPinAndOtp()
    {
        var before = await LogonAsync();
        var sent = await (await _client.PostJsonAsync(UserUrl("/otp-address"), new { address = Address })).ReadAsync<OtpMailResult>();
        var registered = await (await _client.PostJsonAsync(UserUrl("/otp-address/confirmation"), new { pin = ApiBank.Pin, otp = await _factory.LatestOtpAsync(Address) }))
            .ReadAsync<OtpConfirmationResult>();
        var after = await LogonAsync();
        var tx = await _bank.TransferAsync("C1", "sato");
        var qr = await _client.GetAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/qr.png");
        var wrongPin = await ConfirmAsync(tx, "0000", await _factory.LatestOtpAsync(Address));
        var right = await ConfirmAsync(tx, ApiBank.Pin, await _factory.LatestOtpAsync(Address));

        Assert.Equal(LogonStep.RegisterOtpAddress, before.Step);
        Assert.Equal(OtpMailOutcome.Sent, sent.Outcome);
        Assert.Equal(OtpConfirmationOutcome.Confirmed, registered.Outcome);
        Assert.Equal(LogonStep.Proceed, after.Step);
        Assert.Equal(ConfirmationMethod.EmailOtp, tx.Method);
        Assert.Equal(HttpStatusCode.Conflict, qr.StatusCode);
        Assert.Equal(ConfirmOutcome.WrongCode, wrongPin.Outcome);
        Assert.Equal(ConfirmOutcome.Authorized, right.Outcome);
    }

    [Fact]
    public async Task Resend_MailsANewOtp_OldOneStopsWorking()
    {
        await RegisterAddressAsync();
        var tx = await _bank.TransferAsync("C1", "sato");
        var first = await _factory.LatestOtpAsync(Address);
        _factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var resent = await (await _client.PostAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/otp/resend", null)).ReadAsync<OtpMailResult>();
        var second = await _factory.LatestOtpAsync(Address);
        var withFirst = first == second ? null : await ConfirmAsync(tx, ApiBank.Pin, first);
        var withSecond = await ConfirmAsync(tx, ApiBank.Pin, second);

        Assert.Equal(OtpMailOutcome.Sent, resent.Outcome);
        Assert.NotEqual(ConfirmOutcome.Authorized, withFirst?.Outcome);
        Assert.Equal(ConfirmOutcome.Authorized, withSecond.Outcome);
    }

    [Fact]
    public async Task FailuresLockTheUser_BackOfficeUnlocksWithReference()
    {
        await RegisterAddressAsync();
        var tx = await _bank.TransferAsync("C1", "sato");
        var otp = await _factory.LatestOtpAsync(Address);
        var outcomes = new List<ConfirmOutcome>();
        for (var i = 0; i < 5; i++)
        {
            outcomes.Add((await ConfirmAsync(tx, "0000", otp)).Outcome);
        }

        var locked = await (await _client.GetAsync($"{ApiBank.BackOffice}/contracts/C1/users/sato")).ReadAsync<UserView>();
        var unlocked = await (await _client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/C1/users/sato/otp-unlock", new { reference = "FORM-OTP-1" })).ReadAsync<UserView>();
        var afterUnlock = await ConfirmAsync(tx, ApiBank.Pin, otp);

        Assert.Equal(ConfirmOutcome.OtpLocked, outcomes[^1]);
        Assert.True(locked.Otp.Locked);
        Assert.False(unlocked.Otp.Locked);
        Assert.Equal(ConfirmOutcome.Authorized, afterUnlock.Outcome);
    }

    [Fact]
    public async Task RegisteredAddress_ReplacedOnlyAfterABackOfficeReset()
    {
        await RegisterAddressAsync();

        var moved = await (await _client.PostJsonAsync(UserUrl("/otp-address"), new { address = "attacker@evil.example" })).ReadAsync<OtpMailResult>();
        var reset = await (await _client.PostJsonAsync($"{ApiBank.BackOffice}/contracts/C1/users/sato/otp-address-reset", new { reference = "FORM-ADDR-1" })).ReadAsync<UserView>();
        var logon = await LogonAsync();
        var sent = await (await _client.PostJsonAsync(UserUrl("/otp-address"), new { address = "sato.new@example.jp" })).ReadAsync<OtpMailResult>();

        Assert.Equal(OtpMailOutcome.AddressRegistered, moved.Outcome);
        Assert.Null(reset.Otp.Address);
        Assert.Equal(LogonStep.RegisterOtpAddress, logon.Step);
        Assert.Equal(OtpMailOutcome.Sent, sent.Outcome);
    }

    [Theory]
    [InlineData("{\"pin\":\"4321\"}", "otp")]
    [InlineData("{\"otp\":\"123456\"}", "pin")]
    [InlineData("{\"pin\":\"4321\",\"otp\":\"12ab56\"}", "otp")]
    public async Task Confirm_OtpTransactionWithoutPinOrOtp_Is400(string body, string field)
    {
        await RegisterAddressAsync();
        var tx = await _bank.TransferAsync("C1", "sato");
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await _client.PostAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/confirmation", content)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public async Task StartRegistration_WithBadLanguage_Is400()
    {
        Assert.Equal("language", (await (await _client.PostJsonAsync(UserUrl("/otp-address"), new { address = Address, language = "Klingon" })).ProblemAsync(HttpStatusCode.BadRequest)).Field);
    }

    private static string UserUrl(string path) => $"{ApiBank.V1}/contracts/C1/users/sato{path}";

    private async Task RegisterAddressAsync()
    {
        await _client.PostJsonAsync(UserUrl("/otp-address"), new { address = Address });
        var result = await (await _client.PostJsonAsync(UserUrl("/otp-address/confirmation"), new { pin = ApiBank.Pin, otp = await _factory.LatestOtpAsync(Address) })).ReadAsync<OtpConfirmationResult>();
        Assert.Equal(OtpConfirmationOutcome.Confirmed, result.Outcome);
    }

    private async Task<LogonResponse> LogonAsync()
        => await (await _client.PostJsonAsync(UserUrl("/logon"), new { password = ApiBank.Password, skipTokenRegistration = true })).ReadAsync<LogonResponse>();

    private async Task<ConfirmResult> ConfirmAsync(TransactionView tx, string pin, string otp)
        => await (await _client.PostJsonAsync($"{ApiBank.V1}/transactions/{tx.TransactionId}/confirmation", new { pin, otp })).ReadAsync<ConfirmResult>();
}
