using Inkan.Grains.Mail;
using Inkan.Protocol.Txa;
using static Inkan.Grains.Tests.Mail.MailSamples;

namespace Inkan.Grains.Tests.Mail;

public sealed class OtpMailKindsTests
{
    [Theory]
    [InlineData(MailLanguage.Japanese, "収納機関番号: ", "お客様番号: ", "金額: 15,000円\n", "金額: 8,250円\n", "合計金額: 23,250円\n")]
    [InlineData(MailLanguage.English, "Collecting agency number: ", "Customer number: ", "Amount: JPY 15,000\n", "Amount: JPY 8,250\n", "Total amount: JPY 23,250\n")]
    public void Compose_Fees_NamesAgencyCustomerNumberAndAmountOfEachItem(MailLanguage language, string agency, string customer, string first, string second, string total)
    {
        var body = OtpMail.Compose(FeePayment, SampleOtp, ExpiresAt, language).Body;

        Assert.Contains($"{agency}12345\n", body, StringComparison.Ordinal);
        Assert.Contains($"{agency}54321\n", body, StringComparison.Ordinal);
        Assert.Contains("ﾄﾏﾄｼ\n", body, StringComparison.Ordinal);
        Assert.Contains("ﾄﾏﾄﾃﾞﾝﾘｮｸ\n", body, StringComparison.Ordinal);
        Assert.Contains($"{customer}98765432101234567890\n", body, StringComparison.Ordinal);
        Assert.Contains($"{customer}4711\n", body, StringComparison.Ordinal);
        Assert.Contains(first, body, StringComparison.Ordinal);
        Assert.Contains(second, body, StringComparison.Ordinal);
        Assert.Contains(total, body, StringComparison.Ordinal);
        Assert.Contains(": 2/2\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SingleFee_NoItemNumberOrTotal()
    {
        var body = OtpMail.Compose(new FeePaymentData([FeePayment.Items[0]]), SampleOtp, ExpiresAt, MailLanguage.Japanese).Body;

        Assert.Contains("金額: 15,000円\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("明細", body, StringComparison.Ordinal);
        Assert.DoesNotContain("合計金額", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MailLanguage.Japanese, "取引種別: 給与振込\n", "指定日: 2016/07/25\n", "合計件数: 1,520件\n", "合計金額: 456,789,012円\n")]
    [InlineData(MailLanguage.English, "Transfer type: Salary transfer\n", "Designated date: 2016-07-25\n", "Total count: 1,520\n", "Total amount: JPY 456,789,012\n")]
    public void Compose_BulkApproval_NamesTypeDateCountAndTotal(MailLanguage language, string type, string date, string count, string total)
    {
        var body = OtpMail.Compose(Bulk, SampleOtp, ExpiresAt, language).Body;

        Assert.Contains(type, body, StringComparison.Ordinal);
        Assert.Contains(date, body, StringComparison.Ordinal);
        Assert.Contains(count, body, StringComparison.Ordinal);
        Assert.Contains(total, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MailLanguage.Japanese, "操作内容: 利用者削除\n", "操作対象ログインID: suzuki.hanako\n", "管理業務")]
    [InlineData(MailLanguage.English, "Administrative operation: Delete a user\n", "Target login ID: suzuki.hanako\n", "Administration")]
    public void Compose_Admin_NamesOperationAndTarget(MailLanguage language, string operation, string target, string subject)
    {
        var mail = OtpMail.Compose(Admin, SampleOtp, ExpiresAt, language);

        Assert.Contains(operation, mail.Body, StringComparison.Ordinal);
        Assert.Contains(target, mail.Body, StringComparison.Ordinal);
        Assert.Contains(subject, mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Activation_NamesLoginAndSerial()
    {
        var body = OtpMail.Compose(Activation, SampleOtp, ExpiresAt, MailLanguage.Japanese).Body;

        Assert.Contains("ログインID: yamada.taro\n", body, StringComparison.Ordinal);
        Assert.Contains("トークンシリアル番号: 0000000001\n", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MailLanguage.Japanese, "登録するメールアドレス: taro@example.jp\n", "送信先アドレス登録")]
    [InlineData(MailLanguage.English, "Address to register: taro@example.jp\n", "Registration of your one-time password address")]
    public void ComposeAddressRegistration_NamesRegistrationAndAddress(MailLanguage language, string addressLine, string subject)
    {
        var mail = OtpMail.ComposeAddressRegistration("yamada.taro", "taro@example.jp", SampleOtp, ExpiresAt, language);

        Assert.Contains(addressLine, mail.Body, StringComparison.Ordinal);
        Assert.Contains("yamada.taro", mail.Body, StringComparison.Ordinal);
        Assert.Contains(subject, mail.Subject, StringComparison.Ordinal);
        Assert.Contains($"\n{SampleOtp}\n", mail.Body, StringComparison.Ordinal);
    }
}
