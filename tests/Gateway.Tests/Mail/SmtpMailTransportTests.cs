using Inkan.Gateway.Mail;
using Inkan.Grains.Mail;
using Inkan.TestSupport.Smtp;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Mail;

public sealed class SmtpMailTransportTests
{
    private static readonly DateTimeOffset Queued = new(2016, 5, 16, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Send_JapaneseOtpMail_ArrivesWithHeadersSubjectBodyAndOtp()
    {
        await using var server = await SmtpServer.StartNewAsync();
        var mail = TestMails.Otp("txn-1/otp/1", Queued);

        await Transport(server.Port).SendAsync(mail, CancellationToken.None);

        var received = Assert.Single(await server.WaitForMailsAsync(1));
        Assert.Equal("トマト銀行 ワンタイムパスワード <otp@tomato-bank.example>", received.From);
        Assert.Contains("taro@example.jp", received.To, StringComparison.Ordinal);
        Assert.Equal("taro@example.jp", received.Header("X-RcptTo"));
        Assert.Equal("【ワンタイムパスワード】振込振替のご確認", received.Subject);
        Assert.Contains("=?utf-8?", received.RawHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("charset=utf-8", received.Header("Content-Type"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("base64", received.Header("Content-Transfer-Encoding"));
        Assert.True(DateTimeOffset.TryParse(received.Header("Date"), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.Matches("^<[0-9a-f]{32}@tomato-bank.example>$", received.Header("Message-ID") ?? "");
        Assert.Equal("auto-generated", received.Header("Auto-Submitted"));
        Assert.Contains("受取人名: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ\n", received.Body, StringComparison.Ordinal);
        Assert.Contains("振込先金融機関: ﾄﾏﾄｷﾞﾝｺｳ\n", received.Body, StringComparison.Ordinal);
        Assert.Contains("支店番号: 123\n", received.Body, StringComparison.Ordinal);
        Assert.Contains("口座番号: 1234567\n", received.Body, StringComparison.Ordinal);
        Assert.Contains("金額: 1,234,567円\n", received.Body, StringComparison.Ordinal);
        Assert.Contains($"\n{TestMails.SampleOtp}\n", received.Body, StringComparison.Ordinal);
        Assert.Equal(mail.Body, received.Body);
    }

    [Fact]
    public async Task Send_EnglishMail_ArrivesWithBothLanguages()
    {
        await using var server = await SmtpServer.StartNewAsync();
        var mail = TestMails.Otp("txn-2/otp/1", Queued, language: MailLanguage.English);

        await Transport(server.Port).SendAsync(mail, CancellationToken.None);

        var received = Assert.Single(await server.WaitForMailsAsync(1));
        Assert.Equal(mail.Subject, received.Subject);
        Assert.Contains("Payee: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ\n", received.Body, StringComparison.Ordinal);
        Assert.Contains("受取人名: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ\n", received.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SameMailTwice_SameMessageId()
    {
        await using var server = await SmtpServer.StartNewAsync();
        var mail = TestMails.Otp("txn-3/otp/1", Queued);

        await Transport(server.Port).SendAsync(mail, CancellationToken.None);
        await Transport(server.Port).SendAsync(mail, CancellationToken.None);

        var received = await server.WaitForMailsAsync(2);
        Assert.Equal(received[0].Header("Message-ID"), received[1].Header("Message-ID"));
    }

    [Fact]
    public async Task Send_ServerDown_TransientFailure()
    {
        await using var server = SmtpServer.Create();

        var e = await Assert.ThrowsAsync<MailDeliveryException>(() => Transport(server.Port).SendAsync(TestMails.Otp("txn-4/otp/1", Queued), CancellationToken.None));

        Assert.False(e.Permanent);
        Assert.DoesNotContain(TestMails.SampleOtp, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("550 5.1.1 No such mailbox", true, true)]
    [InlineData("553 5.1.3 Bad recipient address syntax", true, true)]
    [InlineData("450 4.2.1 Mailbox busy", false, true)]
    [InlineData("451 4.3.0 Local error", false, false)]
    public async Task Send_ServerRejectsRecipient_ClassifiedByReplyCode(string reply, bool permanent, bool recipientOnly)
    {
        await using var server = ScriptedSmtpServer.Start(rcptReply: reply);

        var e = await Assert.ThrowsAsync<MailDeliveryException>(() => Transport(server.Port).SendAsync(TestMails.Otp("txn-5/otp/1", Queued), CancellationToken.None));

        // 451 is the server's own trouble (RFC 5321), whatever command it answers: every mail waits for it.
        Assert.Equal((permanent, recipientOnly), (e.Permanent, e.RecipientOnly));
        Assert.Contains(reply[..3], e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("530 5.7.0 Authentication required")]
    [InlineData("554 5.7.1 Relay access denied")]
    [InlineData("451 4.3.0 Try again later")]
    public async Task Send_ServerRejectsSender_TransientForEveryMail(string reply)
    {
        await using var server = ScriptedSmtpServer.Start(mailReply: reply);

        var e = await Assert.ThrowsAsync<MailDeliveryException>(() => Transport(server.Port).SendAsync(TestMails.Otp("txn-6/otp/1", Queued), CancellationToken.None));

        // A relay that refuses the sender refuses every mail: a setup to fix, after which the mails go out.
        Assert.Equal((false, false), (e.Permanent, e.RecipientOnly));
        Assert.Contains(reply[..3], e.Message, StringComparison.Ordinal);
    }

    private static SmtpMailTransport Transport(int port) => new(Options.Create(new MailOptions
    {
        Host = "127.0.0.1",
        Port = port,
        StartTls = false,
        SenderAddress = "otp@tomato-bank.example",
        SenderName = "トマト銀行 ワンタイムパスワード",
        Timeout = TimeSpan.FromSeconds(20),
    }));
}
