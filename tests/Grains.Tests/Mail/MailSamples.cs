using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Mail;

/// <summary>Operations of every kind for mail tests, with values that are easy to find in a body.</summary>
internal static class MailSamples
{
    public const string SampleOtp = "482913";

    /// <summary>2016-05-16 10:05 Japan time, given in UTC.</summary>
    public static readonly DateTimeOffset ExpiresAt = new(2016, 5, 16, 1, 5, 0, TimeSpan.Zero);

    public static readonly TransferData Transfer = new("ﾄﾏﾄｷﾞﾝｺｳ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞｼｮｳﾃﾝ", 1_234_567);

    public static readonly FeePaymentData FeePayment = new([
        new FeeItem("12345", "ﾄﾏﾄｼ", "98765432101234567890", 15_000),
        new FeeItem("54321", "ﾄﾏﾄﾃﾞﾝﾘｮｸ", "4711", 8_250),
    ]);

    public static readonly BulkApprovalData Bulk = new(BulkTransferType.KYUYO, new DateOnly(2016, 7, 25), 1_520, 456_789_012);

    public static readonly AdminData Admin = new(AdminOperation.USER_DELETE, "suzuki.hanako");

    public static readonly ActivationData Activation = new("yamada.taro", "0000000001");
}
