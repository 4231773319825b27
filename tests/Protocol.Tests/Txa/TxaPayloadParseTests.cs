using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

public sealed class TxaPayloadParseTests
{
    private const string N = TxaSamples.Nonce;

    [Fact]
    public void Parse_SpecTransferExample_ReadsEveryField()
    {
        var message = TxaPayload.Parse(TxaSamples.SpecTransferPayload);

        Assert.Equal(TxaKind.TRF, message.Kind);
        Assert.Equal(N, message.Nonce);
        Assert.Equal(new TransferData("ﾄﾏﾄ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", 1_234_567), message.Data);
    }

    [Fact]
    public void Parse_SpecActivationExample_ReadsEveryField()
    {
        var message = TxaPayload.Parse(TxaSamples.SpecActivationPayload);

        Assert.Equal(new TxaMessage(TxaKind.ACT, "FEDCBA9876543210FEDCBA9876543210", TxaSamples.Activation), message);
    }

    [Theory]
    [MemberData(nameof(TxaSamples.All), MemberType = typeof(TxaSamples))]
    public void Parse_BuiltPayload_GivesBackTheData(TxaData data)
    {
        var message = TxaPayload.Parse(TxaPayload.Build(data, N));

        Assert.Equal(new TxaMessage(data.Kind, N, data), message);
    }

    [Fact]
    public void Parse_FeeOfSeveralItems_KeepsItemOrder()
    {
        var message = TxaPayload.Parse(TxaPayload.Build(TxaSamples.FeeOfThree, N));

        var fee = Assert.IsType<FeePaymentData>(message.Data);
        Assert.Equal(["12345", "54321", "00001"], fee.Items.Select(i => i.AgencyNumber));
    }

    [Theory]
    [InlineData("", "Prefix")]
    [InlineData("TXA2|ACT|" + N + "|yamada.taro|0000000001", "Prefix")]
    [InlineData("txa1|ACT|" + N + "|yamada.taro|0000000001", "Prefix")]
    [InlineData(" TXA1|ACT|" + N + "|yamada.taro|0000000001", "Prefix")]
    [InlineData("TXA1", "FieldCount")]
    [InlineData("TXA1|ACT", "FieldCount")]
    [InlineData("TXA1|XXX|" + N + "|yamada.taro|0000000001", "Kind")]
    [InlineData("TXA1|act|" + N + "|yamada.taro|0000000001", "Kind")]
    [InlineData("TXA1|1|" + N + "|yamada.taro|0000000001", "Kind")]
    [InlineData("TXA1|ACT|0123456789abcdef0123456789abcdef|yamada.taro|0000000001", "Nonce")]
    [InlineData("TXA1|ACT|0123456789ABCDEF|yamada.taro|0000000001", "Nonce")]
    [InlineData("TXA1|ACT|" + N + "|yamada.taro|0000000001|", "FieldCount")]
    [InlineData("TXA1|ACT|" + N + "|yamada.taro", "FieldCount")]
    [InlineData("TXA1|ACT|" + N + "|yamada.taro|0000000001\n", "TokenSerial")]
    [InlineData("TXA1|ACT|" + N + "|yam|0000000001", "LoginId")]
    [InlineData("TXA1|ACT|" + N + "|yamada.taro|000000001", "TokenSerial")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|1234567|1", "FieldCount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ", "FieldCount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ |123-1-1234567|ｶ)ﾔﾏ|1234567", "BankNameKana")]
    [InlineData("TXA1|TRF|" + N + "||123-1-1234567|ｶ)ﾔﾏ|1234567", "BankNameKana")]
    [InlineData("TXA1|TRF|" + N + "|トマト|123-1-1234567|ｶ)ﾔﾏ|1234567", "BankNameKana")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|1231-1234567|ｶ)ﾔﾏ|1234567", "Account")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234-567|ｶ)ﾔﾏ|1234567", "Account")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|12-1-1234567|ｶ)ﾔﾏ|1234567", "Branch")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-12-1234567|ｶ)ﾔﾏ|1234567", "Subject")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-123456|ｶ)ﾔﾏ|1234567", "Account")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ\r\n|1234567", "PayeeKana")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|01234567", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|0", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|1,234,567", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|+1234567", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|-1234567", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ| 1234567", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|10000000000000", "Amount")]
    [InlineData("TXA1|TRF|" + N + "|ﾄﾏﾄ|123-1-1234567|ｶ)ﾔﾏ|１２３", "Amount")]
    [InlineData("TXA1|FEE|" + N, "Items")]
    [InlineData("TXA1|FEE|" + N + "|0", "Items")]
    [InlineData("TXA1|FEE|" + N + "|10|12345|ｺｸｾﾞｲ|1|1", "Items")]
    [InlineData("TXA1|FEE|" + N + "|A|12345|ｺｸｾﾞｲ|1|1", "Items")]
    [InlineData("TXA1|FEE|" + N + "|2|12345|ｺｸｾﾞｲ|1|1", "FieldCount")]
    [InlineData("TXA1|FEE|" + N + "|1|12345|ｺｸｾﾞｲ|1|1|54321", "FieldCount")]
    [InlineData("TXA1|FEE|" + N + "|1|1234|ｺｸｾﾞｲ|1|1", "Items[0].AgencyNumber")]
    [InlineData("TXA1|FEE|" + N + "|2|12345|ｺｸｾﾞｲ|1|1|54321|ｺｸｾﾞｲ|1|0", "Items[1].Amount")]
    [InlineData("TXA1|FEE|" + N + "|2|12345|ｺｸｾﾞｲ|1|1|54321|ｺｸｾﾞｲ||5", "Items[1].CustomerNumber")]
    [InlineData("TXA1|FEE|" + N + "|1|12345|ｺｸｾﾞｲ|123456789012345678901|1", "Items[0].CustomerNumber")]
    [InlineData("TXA1|FEE|" + N + "|1|12345|ｺｸｾﾞｲ!|1|1", "Items[0].AgencyNameKana")]
    [InlineData("TXA1|BLK|" + N + "|sogo|20160704|1|1", "Type")]
    [InlineData("TXA1|BLK|" + N + "|0|20160704|1|1", "Type")]
    [InlineData("TXA1|BLK|" + N + "|SOGO|20160230|1|1", "DesignatedDate")]
    [InlineData("TXA1|BLK|" + N + "|SOGO|2016-07-04|1|1", "DesignatedDate")]
    [InlineData("TXA1|BLK|" + N + "|SOGO|160704|1|1", "DesignatedDate")]
    [InlineData("TXA1|BLK|" + N + "|SOGO|20160704|0|1", "TotalCount")]
    [InlineData("TXA1|BLK|" + N + "|SOGO|20160704|1|01", "TotalAmount")]
    [InlineData("TXA1|BLK|" + N + "|SOGO|20160704|1", "FieldCount")]
    [InlineData("TXA1|ADM|" + N + "|USER_REMOVE|suzuki", "Operation")]
    [InlineData("TXA1|ADM|" + N + "|USER_ADD |suzuki", "Operation")]
    [InlineData("TXA1|ADM|" + N + "|USER_ADD|suzuki hanako", "TargetLoginId")]
    [InlineData("TXA1|ADM|" + N + "|USER_ADD", "FieldCount")]
    public void Parse_MalformedPayload_ThrowsNamingField(string payload, string field)
    {
        var error = Assert.Throws<TxaFormatException>(() => TxaPayload.Parse(payload));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => TxaPayload.Parse(null!));
    }
}
