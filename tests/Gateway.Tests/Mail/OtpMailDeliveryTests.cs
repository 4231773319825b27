using System.Text.RegularExpressions;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;
using Inkan.TestSupport.Smtp;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>
/// Email OTP end to end: the domain grains queue the mails, the relay sends them to a real SMTP server (aiosmtpd), and
/// the OTP read from the received mail completes the address registration and the transaction.
/// </summary>
public sealed partial class OtpMailDeliveryTests
{
    private const string Address = "payer@tomato.example.jp";
    private static readonly TransferData Transfer = new("ﾄﾏﾄｷﾞﾝｺｳ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", 1_234_567);
    private readonly TimerWatch _time = new();

    [Fact]
    public async Task OtpFlow_RealSmtpServer_MailsArriveAndTheirOtpsConfirm()
    {
        await using var server = await SmtpServer.StartNewAsync();
        await using var host = await DomainMailHost.StartAsync(server.Port, _time);

        await host.PayerUser.StartOtpAddressRegistrationAsync(Address, MailLanguage.Japanese);
        var registrationMail = Assert.Single(await server.WaitForMailsAsync(1));
        var registered = await host.PayerUser.ConfirmOtpAddressAsync(DomainMailHost.Pin, OtpIn(registrationMail.Body));
        var tx = (await host.CreateTransferAsync(Transfer)).Transaction!;
        var transferMail = (await server.WaitForMailsAsync(2))[1];
        var confirmed = await host.ConfirmAsync(tx, OtpIn(transferMail.Body));

        Assert.Equal("【ワンタイムパスワード】ワンタイムパスワード送信先アドレス登録のご確認", registrationMail.Subject);
        Assert.Equal(OtpConfirmationOutcome.Confirmed, registered.Outcome);
        Assert.Equal($"{DomainMailHost.SenderName} <{DomainMailHost.SenderAddress}>", transferMail.From);
        Assert.Equal(Address, transferMail.Header("X-RcptTo"));
        Assert.Equal("【ワンタイムパスワード】振込振替のご確認", transferMail.Subject);
        Assert.Contains("=?utf-8?", transferMail.RawHeaders, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("charset=utf-8", transferMail.Header("Content-Type"), StringComparison.OrdinalIgnoreCase);
        Assert.Matches("^<[0-9a-f]{32}@tomato-bank.example>$", transferMail.Header("Message-ID") ?? "");
        foreach (var line in new[] { "振込先金融機関: ﾄﾏﾄｷﾞﾝｺｳ", "支店番号: 123", "口座番号: 1234567", "受取人名: " + TxaPayload.TruncateKana(Transfer.PayeeKana), "金額: 1,234,567円" })
        {
            Assert.Contains(line + "\n", transferMail.Body, StringComparison.Ordinal);
        }

        Assert.Equal((ConfirmOutcome.Authorized, TransactionStatus.Authorized), (confirmed.Outcome, confirmed.Transaction.Status));
    }

    [Fact]
    public async Task OtpFlow_SmtpDownWhenTheTransactionIsCreated_MailArrivesOnceWhenItComesUp()
    {
        await using var server = await SmtpServer.StartNewAsync();
        await using var host = await DomainMailHost.StartAsync(server.Port, _time);
        await host.PayerUser.StartOtpAddressRegistrationAsync(Address, MailLanguage.Japanese);
        await host.PayerUser.ConfirmOtpAddressAsync(DomainMailHost.Pin, OtpIn(Assert.Single(await server.WaitForMailsAsync(1)).Body));
        await server.StopAsync();

        var tx = (await host.CreateTransferAsync(Transfer)).Transaction!;
        await _time.WaitForPendingAsync(TimeSpan.FromSeconds(2));
        await server.StartAsync();
        _time.Advance(TimeSpan.FromSeconds(2));
        var mail = (await server.WaitForMailsAsync(2))[1];
        var confirmed = await host.ConfirmAsync(tx, OtpIn(mail.Body));

        Assert.Equal(ConfirmOutcome.Authorized, confirmed.Outcome);
        Assert.Equal(2, server.Mails().Count);
    }

    private static string OtpIn(string body) => OtpLine().Match(body) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No OTP in the mail.");

    [GeneratedRegex("■ワンタイムパスワード\n([0-9]{6})\n")]
    private static partial Regex OtpLine();
}
