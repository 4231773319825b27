using Inkan.Grains.Mail;
using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>OTP mails for relay tests.</summary>
internal static class TestMails
{
    public const string SampleOtp = "482913";

    public static readonly TransferData Transfer = new("ﾄﾏﾄｷﾞﾝｺｳ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", 1_234_567);

    public static OutboxMail Otp(string id, DateTimeOffset createdAt, string to = "taro@example.jp", MailLanguage language = MailLanguage.Japanese) =>
        OutboxMail.Create(id, to, OtpMail.Compose(Transfer, SampleOtp, createdAt.AddMinutes(5), language), createdAt);
}
