using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Processes;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Transactions;
using Inkan.TestSupport.Smtp;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// The SMTP server goes away and comes back while a gateway process sends OTP mails, several at a time: every OTP
/// mail the API acknowledged arrives once the server is back (the outbox keeps them; the relay retries), and the
/// OTP it carries is the one its user needs, for the address registration and for the transaction it was sent for.
/// </summary>
public sealed partial class SmtpOutageTests : IAsyncLifetime
{
    private const int Users = 45;
    private const int InFlight = 4;
    private const string ContractId = "S1";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("inkan-smtp-");
    private SmtpServer _smtp = null!;
    private GatewayProcess _gateway = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _smtp = await SmtpServer.StartNewAsync();
        _gateway = await GatewayProcess.StartAsync(_directory.FullName, new Dictionary<string, string>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:StartTls"] = "false",
            ["Mail:PollInterval"] = "00:00:00.200",
            ["Mail:RetryInitialDelay"] = "00:00:00.200",
            ["Mail:RetryMaxDelay"] = "00:00:01",
            ["Mail:Timeout"] = "00:00:05",
            ["Inkan:Policy:EmailOtpMandatorySince"] = "2026-01-01T00:00:00+09:00",
            ["Inkan:Policy:TokenAuthAvailableSince"] = "2026-01-01T00:00:00+09:00",
            ["Inkan:Policy:TokenAuthMandatorySince"] = "2099-01-01T00:00:00+09:00",
        });
        _client = new HttpClient { BaseAddress = _gateway.Url };
        _client.DefaultRequestHeaders.Authorization = new("Bearer", _gateway.ApiKey);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
        await _smtp.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task SmtpDown_DuringOtpMails_EveryAcknowledgedOtpArrivesAndConfirms()
    {
        var bank = new ApiBank(_client);
        await bank.CreateContractAsync(ContractId);
        for (var i = 0; i < Users; i++)
        {
            await bank.AddUserAsync(ContractId, Login(i), "Inquiry", "FundTransfer");
        }

        var registrations = await SendThroughOutageAsync(async i =>
        {
            var result = await (await _client.PostJsonAsync(UserUrl(i, "/otp-address"), new { address = Address(i) })).ReadAsync<OtpMailResult>();
            Assert.Equal(OtpMailOutcome.Sent, result.Outcome);
            return "";
        });
        var registrationMails = await OtpsByAddressAsync(new HashSet<string>());
        foreach (var i in registrations.Keys)
        {
            var confirmed = await (await _client.PostJsonAsync(UserUrl(i, "/otp-address/confirmation"), new { pin = ApiBank.Pin, otp = registrationMails[Address(i)] })).ReadAsync<OtpConfirmationResult>();
            Assert.Equal(OtpConfirmationOutcome.Confirmed, confirmed.Outcome);
        }

        var seen = _smtp.Mails().Select(m => m.FileName).ToHashSet();
        var transfers = await SendThroughOutageAsync(async i =>
        {
            var tx = await bank.TransferAsync(ContractId, Login(i));
            Assert.Equal(ConfirmationMethod.EmailOtp, tx.Method);
            return tx.TransactionId;
        });
        var transferMails = await OtpsByAddressAsync(seen);
        foreach (var (i, transactionId) in transfers.Select(t => (t.Key, t.Value)))
        {
            var result = await (await _client.PostJsonAsync($"{ApiBank.V1}/transactions/{transactionId}/confirmation", new { pin = ApiBank.Pin, otp = transferMails[Address(i)] })).ReadAsync<ConfirmResult>();
            Assert.Equal(ConfirmOutcome.Authorized, result.Outcome);
        }
    }

    private static string Login(int i) => $"user{i}";

    private static string Address(int i) => $"user{i}@example.jp";

    private static string UserUrl(int i, string path) => $"{ApiBank.V1}/contracts/{ContractId}/users/{Login(i)}{path}";

    [GeneratedRegex("■ワンタイムパスワード\n([0-9]+)\n")]
    private static partial Regex OtpLine();

    /// <summary>
    /// Sends one OTP mail request per user, <see cref="InFlight"/> at a time; the SMTP server stops after a third of
    /// them are acknowledged and starts again after two thirds, while others are in flight. Answers what each returned.
    /// </summary>
    private async Task<ConcurrentDictionary<int, string>> SendThroughOutageAsync(Func<int, Task<string>> send)
    {
        var acknowledged = new ConcurrentDictionary<int, string>();
        var sending = Parallel.ForEachAsync(Enumerable.Range(0, Users), new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (i, _) => acknowledged[i] = await send(i));
        await UntilAsync(() => acknowledged.Count >= Users / 3, sending);
        await _smtp.StopAsync();
        await UntilAsync(() => acknowledged.Count >= 2 * Users / 3, sending);
        await _smtp.StartAsync();
        await sending;
        Assert.Equal(Users, acknowledged.Count);
        return acknowledged;
    }

    private static async Task UntilAsync(Func<bool> condition, Task sending)
    {
        while (!condition() && !sending.IsCompleted)
        {
            await Task.Delay(5);
        }
    }

    /// <summary>The OTP mailed to each user's address among mails not in <paramref name="seen"/>: one per user, however often the relay retried.</summary>
    private async Task<Dictionary<string, string>> OtpsByAddressAsync(IReadOnlySet<string> seen)
    {
        var mails = await _smtp.WaitForMailsAsync(seen.Count + Users, TimeSpan.FromSeconds(60));
        var otps = mails.Where(m => !seen.Contains(m.FileName))
            .GroupBy(m => m.To)
            .ToDictionary(g => g.Key, g => g.Select(m => OtpLine().Match(m.Body)).Select(m => m.Success ? m.Groups[1].Value : "no OTP").Distinct().ToList());
        Assert.Equal(Enumerable.Range(0, Users).Select(Address).Order(StringComparer.Ordinal), otps.Keys.Order(StringComparer.Ordinal));
        Assert.All(otps, o => Assert.True(o.Value is [var otp] && otp != "no OTP", $"{o.Key} got {string.Join(", ", o.Value)}"));
        return otps.ToDictionary(o => o.Key, o => o.Value[0]);
    }
}
