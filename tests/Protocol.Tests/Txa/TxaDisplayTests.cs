using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

public sealed class TxaDisplayTests
{
    private static IEnumerable<(string, string)> Shown(TxaData data) =>
        TxaDisplay.Lines(data).Select(l => (l.Label, l.Value));

    [Fact]
    public void Lines_Transfer_ShowsBankAccountPayeeAndAmountWithCommas()
    {
        Assert.Equal(
            [("銀行名", "ﾄﾏﾄ"), ("口座", "123-1-1234567"), ("受取人", "ｶ)ﾔﾏﾀﾞｼｮｳｼ"), ("金額", "1,234,567")],
            Shown(TxaSamples.Transfer));
    }

    [Fact]
    public void Lines_FeeOfOneItem_ShowsAmountWithCommas()
    {
        Assert.Equal(
            [("収納機関番号", "12345"), ("収納機関名", "ｺｸｾﾞｲ"), ("お客様番号", "0001234567"), ("金額", "50,000")],
            Shown(TxaSamples.Fee));
    }

    [Fact]
    public void Lines_FeeOfSeveralItems_ShowsEachItemWithAmountsWithoutCommas()
    {
        Assert.Equal(
            [
                ("明細", "1/3"), ("収納機関番号", "12345"), ("収納機関名", "ｺｸｾﾞｲ"), ("お客様番号", "0001234567"), ("金額", "50000"),
                ("明細", "2/3"), ("収納機関番号", "54321"), ("収納機関名", "ﾄｳｷｮｳﾄ"), ("お客様番号", "9"), ("金額", "1234567"),
                ("明細", "3/3"), ("収納機関番号", "00001"), ("収納機関名", "NHK"), ("お客様番号", "12345678901234567890"), ("金額", "1"),
            ],
            Shown(TxaSamples.FeeOfThree));
    }

    [Theory]
    [InlineData(BulkTransferType.SOGO, "総合振込")]
    [InlineData(BulkTransferType.KYUYO, "給与振込")]
    [InlineData(BulkTransferType.SHOYO, "賞与振込")]
    public void Lines_Bulk_ShowsTypeDateCountAndTotal(BulkTransferType type, string typeName)
    {
        var data = new BulkApprovalData(type, new DateOnly(2016, 7, 4), 1234, 98_765_432_100);

        Assert.Equal(
            [("取引種別", typeName), ("指定日", "2016/07/04"), ("合計件数", "1234"), ("合計金額", "98,765,432,100")],
            Shown(data));
    }

    [Theory]
    [InlineData(AdminOperation.USER_ADD, "利用者登録")]
    [InlineData(AdminOperation.USER_CHANGE, "利用者変更")]
    [InlineData(AdminOperation.USER_DELETE, "利用者削除")]
    [InlineData(AdminOperation.TOKEN_REVOKE, "トークン失効")]
    public void Lines_Admin_ShowsOperationAndTarget(AdminOperation operation, string operationName)
    {
        Assert.Equal(
            [("操作", operationName), ("操作対象ログインID", "suzuki_hanako")],
            Shown(new AdminData(operation, "suzuki_hanako")));
    }

    [Fact]
    public void Lines_Activation_ShowsLoginIdAndSerial()
    {
        Assert.Equal(
            [("操作", "利用開始登録"), ("ログインID", "yamada.taro"), ("トークンシリアル番号", "0000000001")],
            Shown(TxaSamples.Activation));
    }

    [Fact]
    public void Lines_ParsedSpecExample_ShowsWhatThePayloadCarries()
    {
        var data = TxaPayload.Parse(TxaSamples.SpecTransferPayload).Data;

        Assert.Contains(("受取人", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ"), Shown(data));
    }

    [Theory]
    [InlineData(1, true, "1")]
    [InlineData(999, true, "999")]
    [InlineData(1000, true, "1,000")]
    [InlineData(1_234_567, true, "1,234,567")]
    [InlineData(9_999_999_999_999, true, "9,999,999,999,999")]
    [InlineData(1_234_567, false, "1234567")]
    [InlineData(9_999_999_999_999, false, "9999999999999")]
    public void FormatAmount_Value_GroupsThousandsWhenAsked(long amount, bool separators, string expected)
    {
        Assert.Equal(expected, TxaDisplay.FormatAmount(amount, separators));
    }

    [Theory]
    [InlineData(TxaKind.ACT, "利用開始登録")]
    [InlineData(TxaKind.TRF, "振込振替")]
    [InlineData(TxaKind.FEE, "税金・各種料金の払込み")]
    [InlineData(TxaKind.BLK, "総合振込/給与・賞与振込")]
    [InlineData(TxaKind.ADM, "管理業務")]
    public void Title_Kind_IsTheSeedsName(TxaKind kind, string title)
    {
        Assert.Equal(title, TxaDisplay.Title(kind));
    }

    [Fact]
    public void Lines_UnknownKind_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TxaDisplay.Lines(new UnknownKindData()));
    }
}
