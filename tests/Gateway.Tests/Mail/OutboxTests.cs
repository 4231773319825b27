using Inkan.Silo.Storage.Memory;
using Inkan.TestSupport.Smtp;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>The outbox end to end: a real silo and relay, configured with <c>Mail:*</c>, sending to a real SMTP server.</summary>
public sealed class OutboxTests
{
    private static readonly TimeSpan Poll = RelayHost.PollInterval;
    private readonly MemoryStateStore _store = new();
    private readonly TimerWatch _time = new();

    [Fact]
    public async Task Outbox_SmtpDownWhenQueued_MailArrivesOnceWhenItComesUp()
    {
        await using var server = SmtpServer.Create();
        var settings = new Dictionary<string, string?>
        {
            ["Mail:Host"] = "127.0.0.1",
            ["Mail:Port"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:StartTls"] = "false",
            ["Mail:SenderAddress"] = "otp@tomato-bank.example",
            ["Mail:SenderName"] = "トマト銀行",
        };
        await using (var node = await StartIdleAsync(settings))
        {
            var idle = _time.Armed(Poll) + 1;
            await node.QueueAsync(TestMails.Otp("txn-1/otp/1", _time.GetUtcNow()));
            await _time.WaitForPendingAsync(TimeSpan.FromSeconds(2));
            Assert.Empty(server.Mails());

            await server.StartAsync();
            _time.Advance(TimeSpan.FromSeconds(2));

            var received = Assert.Single(await server.WaitForMailsAsync(1));
            Assert.Equal("【ワンタイムパスワード】振込振替のご確認", received.Subject);
            Assert.Contains($"\n{TestMails.SampleOtp}\n", received.Body, StringComparison.Ordinal);
            Assert.Contains("受取人名: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ\n", received.Body, StringComparison.Ordinal);
            await _time.WaitForPendingAsync(Poll, armedAtLeast: idle);
            _time.Advance(Poll);
            await _time.WaitForPendingAsync(Poll, armedAtLeast: idle + 1);
        }

        await using (await StartIdleAsync(settings))
        {
            Assert.Single(server.Mails());
        }
    }

    private async Task<RelayHost> StartIdleAsync(Dictionary<string, string?> settings)
    {
        var idle = _time.Armed(Poll) + 1;
        var host = await RelayHost.StartAsync(_store, _time, settings: settings);
        await _time.WaitForPendingAsync(Poll, armedAtLeast: idle);
        return host;
    }
}
