using System.Globalization;

namespace Inkan.Protocol.Txa;

/// <summary>
/// What the token's screen shows for each kind (SPEC section 3, seed 004 Q15): Japanese labels with the
/// values as written in the payload, amounts with thousands separators except in a FEE of several items.
/// </summary>
public static class TxaDisplay
{
    /// <summary>The screen title of a kind.</summary>
    public static string Title(TxaKind kind) => kind switch
    {
        TxaKind.ACT => "利用開始登録",
        TxaKind.TRF => "振込振替",
        TxaKind.FEE => "税金・各種料金の払込み",
        TxaKind.BLK => "総合振込/給与・賞与振込",
        TxaKind.ADM => "管理業務",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a TXA1 kind."),
    };

    /// <summary>The lines the token shows for the data, in order.</summary>
    public static IReadOnlyList<DisplayLine> Lines(TxaData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data switch
        {
            ActivationData act =>
            [
                new("操作", "利用開始登録"),
                new("ログインID", act.LoginId),
                new("トークンシリアル番号", act.TokenSerial),
            ],
            TransferData trf =>
            [
                new("銀行名", trf.BankNameKana),
                new("口座", $"{trf.Branch}-{trf.Subject}-{trf.Account}"),
                new("受取人", trf.PayeeKana),
                new("金額", FormatAmount(trf.Amount, separators: true)),
            ],
            FeePaymentData fee => FeeLines(fee.Items),
            BulkApprovalData blk =>
            [
                new("取引種別", BulkTypeName(blk.Type)),
                new("指定日", blk.DesignatedDate.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture)),
                new("合計件数", FormatAmount(blk.TotalCount, separators: false)),
                new("合計金額", FormatAmount(blk.TotalAmount, separators: true)),
            ],
            AdminData adm =>
            [
                new("操作", OperationName(adm.Operation)),
                new("操作対象ログインID", adm.TargetLoginId),
            ],
            _ => throw new ArgumentException($"{data.GetType().Name} is not a TXA1 kind.", nameof(data)),
        };
    }

    /// <summary>Writes an amount in decimal digits, with a comma every three digits when asked ("1,234,567").</summary>
    public static string FormatAmount(long amount, bool separators) =>
        amount.ToString(separators ? "#,0" : "0", CultureInfo.InvariantCulture);

    private static List<DisplayLine> FeeLines(IReadOnlyList<FeeItem> items)
    {
        // Seed 004 Q15: with several items the amounts are shown without commas; a header tells the items apart.
        var single = items.Count == 1;
        var lines = new List<DisplayLine>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!single)
            {
                lines.Add(new("明細", $"{i + 1}/{items.Count}"));
            }

            lines.Add(new("収納機関番号", items[i].AgencyNumber));
            lines.Add(new("収納機関名", items[i].AgencyNameKana));
            lines.Add(new("お客様番号", items[i].CustomerNumber));
            lines.Add(new("金額", FormatAmount(items[i].Amount, separators: single)));
        }

        return lines;
    }

    private static string BulkTypeName(BulkTransferType type) => type switch
    {
        BulkTransferType.SOGO => "総合振込",
        BulkTransferType.KYUYO => "給与振込",
        BulkTransferType.SHOYO => "賞与振込",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Not a bulk transfer type."),
    };

    private static string OperationName(AdminOperation operation) => operation switch
    {
        AdminOperation.USER_ADD => "利用者登録",
        AdminOperation.USER_CHANGE => "利用者変更",
        AdminOperation.USER_DELETE => "利用者削除",
        AdminOperation.TOKEN_REVOKE => "トークン失効",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not an administrative operation."),
    };
}
