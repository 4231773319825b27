using Inkan.Grains.Mail;
using Inkan.Protocol.Txa;
using static Inkan.Grains.Tests.Mail.MailSamples;

namespace Inkan.Grains.Tests.Mail;

public sealed class OtpMailTransferTests
{
    [Fact]
    public void Compose_TransferJapanese_NamesPayeeBankBranchAccountAndAmount()
    {
        var mail = OtpMail.Compose(Transfer, SampleOtp, ExpiresAt, MailLanguage.Japanese);

        Assert.Equal("【ワンタイムパスワード】振込振替のご確認", mail.Subject);
        Assert.Contains("振込先金融機関: ﾄﾏﾄｷﾞﾝｺｳ\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("支店番号: 123\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("預金種目: 1 (普通)\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("口座番号: 1234567\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("受取人名: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞｼｮｳﾃﾝ\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("金額: 1,234,567円\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"\n{SampleOtp}\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("2016/05/16 10:05:00(日本時間)", mail.Body, StringComparison.Ordinal);
        Assert.Contains("MITB", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Payee", mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TransferEnglish_EnglishFirstThenJapanese()
    {
        var mail = OtpMail.Compose(Transfer, SampleOtp, ExpiresAt, MailLanguage.English);

        Assert.Equal("[One-time password] Please confirm: Transfer / 【ワンタイムパスワード】振込振替のご確認", mail.Subject);
        var english = mail.Body.IndexOf("Payee: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞｼｮｳﾃﾝ\n", StringComparison.Ordinal);
        var japanese = mail.Body.IndexOf("受取人名: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞｼｮｳﾃﾝ\n", StringComparison.Ordinal);
        Assert.InRange(english, 0, japanese - 1);
        Assert.Contains("Amount: JPY 1,234,567\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Account type: 1 (ordinary)\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("Payee's bank: ﾄﾏﾄｷﾞﾝｺｳ\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("2016-05-16 10:05:00 Japan time (UTC+9)", mail.Body, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(mail.Body, $"\n{SampleOtp}\n"));
    }

    [Theory]
    [InlineData(MailLanguage.Japanese)]
    [InlineData(MailLanguage.English)]
    public void Compose_AnyKind_SubjectNeverHoldsOtp(MailLanguage language)
    {
        TxaData[] all = [Transfer, FeePayment, Bulk, Admin, Activation];

        Assert.All(all, data => Assert.DoesNotContain(SampleOtp, OtpMail.Compose(data, SampleOtp, ExpiresAt, language).Subject, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_ValueWithLineBreak_CannotFakeALine()
    {
        var body = OtpMail.Compose(Transfer with { PayeeKana = "ABC\n金額: 1円" }, SampleOtp, ExpiresAt, MailLanguage.Japanese).Body;

        Assert.Contains("受取人名: ABC?金額: 1円\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n金額: 1円", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_MissingOtpOrUnknownLanguage_Throws()
    {
        Assert.Throws<ArgumentException>(() => OtpMail.Compose(Transfer, " ", ExpiresAt, MailLanguage.Japanese));
        Assert.Throws<ArgumentOutOfRangeException>(() => OtpMail.Compose(Transfer, SampleOtp, ExpiresAt, (MailLanguage)7));
        Assert.Throws<ArgumentException>(() => OtpMail.ComposeAddressRegistration("yamada.taro", "", SampleOtp, ExpiresAt, MailLanguage.Japanese));
    }

    [Fact]
    public void ToString_OfMailText_HidesBody() =>
        Assert.DoesNotContain(SampleOtp, OtpMail.Compose(Transfer, SampleOtp, ExpiresAt, MailLanguage.Japanese).ToString(), StringComparison.Ordinal);

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
