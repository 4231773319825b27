using Inkan.Gateway.Tests.Api.Support;
using Inkan.Gateway.Tests.Processes;
using Inkan.Grains.Otp;
using Inkan.TestSupport.Smtp;

namespace Inkan.Gateway.Tests.Faults;

/// <summary>
/// The SMTP server goes away and comes back while a gateway process sends OTP mails: every mail the API acknowledged
/// as sent arrives once the server is back (the outbox keeps them; the relay retries).
/// </summary>
public sealed class SmtpOutageTests : IAsyncLifetime
{
    private const int UsersPerPhase = 15;
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
    public async Task SmtpDown_DuringOtpMails_EveryAcknowledgedMailArrivesWhenItReturns()
    {
        var bank = new ApiBank(_client);
        await bank.CreateContractAsync("S1");
        var acknowledged = new List<string>();

        await SendOtpMailsAsync(bank, "up", acknowledged);
        await _smtp.StopAsync();
        await SendOtpMailsAsync(bank, "down", acknowledged);
        await _smtp.StartAsync();
        await SendOtpMailsAsync(bank, "back", acknowledged);
        var mails = await _smtp.WaitForMailsAsync(acknowledged.Count, TimeSpan.FromSeconds(60));

        Assert.Equal(3 * UsersPerPhase, acknowledged.Count);
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), mails.Select(m => m.To).Distinct().Order(StringComparer.Ordinal));
        Assert.All(mails, m => Assert.Matches("■ワンタイムパスワード\n[0-9]+\n", m.Body));
    }

    private async Task SendOtpMailsAsync(ApiBank bank, string phase, List<string> acknowledged)
    {
        for (var i = 0; i < UsersPerPhase; i++)
        {
            var loginId = $"{phase}.user{i}";
            var address = $"{phase}.user{i}@example.jp";
            await bank.AddUserAsync("S1", loginId, "Inquiry", "FundTransfer");
            var result = await (await _client.PostJsonAsync($"{ApiBank.V1}/contracts/S1/users/{loginId}/otp-address", new { address })).ReadAsync<OtpMailResult>();
            Assert.Equal(OtpMailOutcome.Sent, result.Outcome);
            acknowledged.Add(address);
        }
    }
}
