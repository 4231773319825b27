using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

/// <summary>Valid data of every kind, the SPEC's worked examples and their key.</summary>
internal static class TxaSamples
{
    public const string Nonce = "0123456789ABCDEF0123456789ABCDEF";

    /// <summary>SPEC section 7's first worked example (its payee kana has 11 characters).</summary>
    public const string SpecTransferPayload = "TXA1|TRF|0123456789ABCDEF0123456789ABCDEF|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ|1234567";

    public const string SpecTransferCode = "73826836";

    public const string SpecActivationPayload = "TXA1|ACT|FEDCBA9876543210FEDCBA9876543210|yamada.taro|0000000001";

    public const string SpecActivationCode = "05884833";

    public static byte[] SpecKey { get; } = Convert.FromHexString("3132333435363738393031323334353637383930313233343536373839303132");

    public static ActivationData Activation { get; } = new("yamada.taro", "0000000001");

    public static TransferData Transfer { get; } = new("ﾄﾏﾄ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼ", 1_234_567);

    public static FeeItem FeeItem { get; } = new("12345", "ｺｸｾﾞｲ", "0001234567", 50_000);

    public static FeePaymentData Fee { get; } = new([FeeItem]);

    public static FeePaymentData FeeOfThree { get; } = new(
        [FeeItem, new FeeItem("54321", "ﾄｳｷｮｳﾄ", "9", 1_234_567), new FeeItem("00001", "NHK", "12345678901234567890", 1)]);

    public static BulkApprovalData Bulk { get; } = new(BulkTransferType.KYUYO, new DateOnly(2016, 7, 4), 25, 7_654_321);

    public static AdminData Admin { get; } = new(AdminOperation.TOKEN_REVOKE, "suzuki_hanako");

    public static TheoryData<TxaData> All() => [Activation, Transfer, Fee, FeeOfThree, Bulk, Admin];
}
