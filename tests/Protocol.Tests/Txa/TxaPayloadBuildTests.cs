using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

public sealed class TxaPayloadBuildTests
{
    private const string N = TxaSamples.Nonce;

    public static TheoryData<TxaData, string> Payloads() => new()
    {
        { TxaSamples.Activation, $"TXA1|ACT|{N}|yamada.taro|0000000001" },
        { TxaSamples.Transfer, $"TXA1|TRF|{N}|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏﾀﾞｼｮｳｼ|1234567" },
        { TxaSamples.Fee, $"TXA1|FEE|{N}|1|12345|ｺｸｾﾞｲ|0001234567|50000" },
        { TxaSamples.FeeOfThree, $"TXA1|FEE|{N}|3|12345|ｺｸｾﾞｲ|0001234567|50000|54321|ﾄｳｷｮｳﾄ|9|1234567|00001|NHK|12345678901234567890|1" },
        { TxaSamples.Bulk, $"TXA1|BLK|{N}|KYUYO|20160704|25|7654321" },
        { TxaSamples.Admin, $"TXA1|ADM|{N}|TOKEN_REVOKE|suzuki_hanako" },
        { new BulkApprovalData(BulkTransferType.SOGO, new DateOnly(2016, 1, 2), 1, 9_999_999_999_999), $"TXA1|BLK|{N}|SOGO|20160102|1|9999999999999" },
        { new AdminData(AdminOperation.USER_ADD, "a.b-"), $"TXA1|ADM|{N}|USER_ADD|a.b-" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Build_ValidData_WritesFieldsInSpecOrder(TxaData data, string expected)
    {
        Assert.Equal(expected, TxaPayload.Build(data, N));
    }

    [Theory]
    [InlineData("ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", "ｶ)ﾔﾏﾀﾞｼｮｳｼ")]
    [InlineData("ABCDEFGHIJKLMNOP", "ABCDEFGHIJ")]
    [InlineData("ABCDEFGHIJ", "ABCDEFGHIJ")]
    [InlineData("ABCDEFGHI JK", "ABCDEFGHI")]
    [InlineData("ABC   DEF  X", "ABC   DEF")]
    [InlineData("A", "A")]
    public void Build_KanaField_IsCutToTenCharacters(string payee, string written)
    {
        var payload = TxaPayload.Build(TxaSamples.Transfer with { PayeeKana = payee }, N);

        Assert.Equal(written, payload.Split('|')[5]);
        Assert.Equal(written, TxaPayload.TruncateKana(payee));
    }

    [Fact]
    public void Build_FeeAgencyName_IsCutToTenCharacters()
    {
        var data = new FeePaymentData([TxaSamples.FeeItem with { AgencyNameKana = "ｾﾞｲﾑｼｮ ｺｸｾﾞｲ ｼｭｳﾉｳ" }]);

        Assert.Equal("ｾﾞｲﾑｼｮ ｺｸｾ", TxaPayload.Build(data, N).Split('|')[5]);
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData("0123456789ABCDEF0123456789ABCDE")]
    [InlineData("0123456789ABCDEF0123456789ABCDEF0")]
    [InlineData("0123456789ABCDEF0123456789ABCDEG")]
    [InlineData("")]
    [InlineData(null)]
    public void Build_BadNonce_ThrowsNamingNonce(string? nonce)
    {
        var error = Assert.Throws<TxaFormatException>(() => TxaPayload.Build(TxaSamples.Transfer, nonce!));

        Assert.Equal("Nonce", error.Field);
    }
}
