using Inkan.Protocol.Txa;
using Inkan.TokenEmulator.Tests.Support;

namespace Inkan.TokenEmulator.Tests.Commands;

/// <summary>What <c>scan --payload</c> prints for every kind: the items of seed 004 Q15 with SPEC section 3's amount formats.</summary>
public class ScanDisplayTests
{
    public static TheoryData<string, TxaData, string[]> Screens => new()
    {
        {
            // The server's builder cuts kana to 10 characters, so the 11th (ﾞ) is gone.
            "TRF", new TransferData("ﾄﾏﾄ", "123", "1", "1234567", "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", 1_234_567),
            ["振込振替 (TRF)", "銀行名: ﾄﾏﾄ", "口座: 123-1-1234567", "受取人: ｶ)ﾔﾏﾀﾞｼｮｳｼ", "金額: 1,234,567"]
        },
        {
            "FEE one item", new FeePaymentData([new FeeItem("12345", "ｺｸｾﾞｲ", "98765432101234567890", 1_500_000)]),
            ["税金・各種料金の払込み (FEE)", "収納機関番号: 12345", "収納機関名: ｺｸｾﾞｲ", "お客様番号: 98765432101234567890", "金額: 1,500,000"]
        },
        {
            "FEE several items",
            new FeePaymentData([new FeeItem("00100", "ﾃﾞﾝｷ", "1", 12_345), new FeeItem("20200", "ｽｲﾄﾞｳ(ｶ", "42", 1_000_000)]),
            [
                "税金・各種料金の払込み (FEE)",
                "明細: 1/2", "収納機関番号: 00100", "収納機関名: ﾃﾞﾝｷ", "お客様番号: 1", "金額: 12345",
                "明細: 2/2", "収納機関番号: 20200", "収納機関名: ｽｲﾄﾞｳ(ｶ", "お客様番号: 42", "金額: 1000000",
            ]
        },
        {
            "BLK SOGO", new BulkApprovalData(BulkTransferType.SOGO, new DateOnly(2016, 7, 4), 1_250, 98_765_432),
            ["総合振込/給与・賞与振込 (BLK)", "取引種別: 総合振込", "指定日: 2016/07/04", "合計件数: 1250", "合計金額: 98,765,432"]
        },
        {
            "BLK KYUYO", new BulkApprovalData(BulkTransferType.KYUYO, new DateOnly(2016, 6, 24), 3, 900_000),
            ["総合振込/給与・賞与振込 (BLK)", "取引種別: 給与振込", "指定日: 2016/06/24", "合計件数: 3", "合計金額: 900,000"]
        },
        {
            "BLK SHOYO", new BulkApprovalData(BulkTransferType.SHOYO, new DateOnly(2016, 12, 9), 12, 4_800_000),
            ["総合振込/給与・賞与振込 (BLK)", "取引種別: 賞与振込", "指定日: 2016/12/09", "合計件数: 12", "合計金額: 4,800,000"]
        },
        { "ADM USER_ADD", new AdminData(AdminOperation.USER_ADD, "suzuki_01"), ["管理業務 (ADM)", "操作: 利用者登録", "操作対象ログインID: suzuki_01"] },
        { "ADM USER_CHANGE", new AdminData(AdminOperation.USER_CHANGE, "suzuki_01"), ["管理業務 (ADM)", "操作: 利用者変更", "操作対象ログインID: suzuki_01"] },
        { "ADM USER_DELETE", new AdminData(AdminOperation.USER_DELETE, "a.b-c_d"), ["管理業務 (ADM)", "操作: 利用者削除", "操作対象ログインID: a.b-c_d"] },
        { "ADM TOKEN_REVOKE", new AdminData(AdminOperation.TOKEN_REVOKE, "tanaka"), ["管理業務 (ADM)", "操作: トークン失効", "操作対象ログインID: tanaka"] },
        {
            "ACT", new ActivationData("yamada.taro", "0000000001"),
            ["利用開始登録 (ACT)", "操作: 利用開始登録", "ログインID: yamada.taro", "トークンシリアル番号: 0000000001"]
        },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Scan_PayloadOfEachKind_PrintsItsLinesThenTheCode(string name, TxaData data, string[] expected)
    {
        var payload = Payloads.Build(data);

        var lines = (await Emulator.RunAsync("scan", "--payload", payload, "--key", Payloads.SpecKeyHex)).Succeeded();

        Assert.True(expected.SequenceEqual(lines.SkipLast(1)), $"{name}: {string.Join(" / ", lines)}");
        Assert.Equal(Payloads.CodeOf(payload), lines[^1]);
    }

    [Fact]
    public async Task Scan_SpecWorkedExample_LastLineIsTheSpecCode()
    {
        var lines = (await Emulator.RunAsync("scan", "--payload", Payloads.SpecTransfer, "--key", Payloads.SpecKeyHex)).Succeeded();

        Assert.Equal("73826836", lines[^1]);
        Assert.Contains("受取人: ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", lines);
    }

    [Fact]
    public async Task Scan_Screen_DrawsABoxWithTheFieldsAndTheCode()
    {
        var lines = (await Emulator.RunAsync("scan", "--payload", Payloads.SpecActivation, "--key", Payloads.SpecKeyHex, "--screen")).Succeeded();

        Assert.StartsWith("╔", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("╚", lines[^1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("利用開始登録", StringComparison.Ordinal) && l.StartsWith('║'));
        Assert.Contains(lines, l => l.Contains("yamada.taro", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("認証番号", StringComparison.Ordinal) && l.Contains("05884833", StringComparison.Ordinal));
    }
}
