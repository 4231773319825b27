namespace Inkan.Protocol.Txa;

/// <summary>Reads the fields after the nonce back into the data of each kind, with the same rules as the writer.</summary>
internal static class TxaPayloadReader
{
    private const int FieldsPerFeeItem = 4;

    public static TxaData Read(TxaKind kind, ReadOnlySpan<string> f)
    {
        switch (kind)
        {
            case TxaKind.ACT:
                Expect(f, 2);
                return new ActivationData(TxaFields.LoginId(f[0], "LoginId"), TxaFields.Digits(f[1], 10, 10, "TokenSerial"));
            case TxaKind.TRF:
                Expect(f, 4);
                return ReadTransfer(f);
            case TxaKind.FEE:
                return ReadFee(f);
            case TxaKind.BLK:
                Expect(f, 4);
                return new BulkApprovalData(
                    TxaFields.ParseName<BulkTransferType>(f[0], "Type"),
                    TxaFields.ParseDate(f[1], "DesignatedDate"),
                    TxaFields.ParseNumber(f[2], "TotalCount"),
                    TxaFields.ParseNumber(f[3], "TotalAmount"));
            default:
                Expect(f, 2);
                return new AdminData(TxaFields.ParseName<AdminOperation>(f[0], "Operation"), TxaFields.LoginId(f[1], "TargetLoginId"));
        }
    }

    private static TransferData ReadTransfer(ReadOnlySpan<string> f)
    {
        var account = f[1].Split('-');
        if (account.Length != 3)
        {
            throw new TxaFormatException("Account", "The account field must be written BBB-S-AAAAAAA.");
        }

        return new TransferData(
            TxaFields.Kana(f[0], "BankNameKana"),
            TxaFields.Digits(account[0], 3, 3, "Branch"),
            TxaFields.Digits(account[1], 1, 1, "Subject"),
            TxaFields.Digits(account[2], 7, 7, "Account"),
            TxaFields.Kana(f[2], "PayeeKana"),
            TxaFields.ParseNumber(f[3], "Amount"));
    }

    private static FeePaymentData ReadFee(ReadOnlySpan<string> f)
    {
        if (f.Length == 0 || f[0] is not [>= '1' and <= '9'])
        {
            throw new TxaFormatException("Items", $"Items: the item count must be one digit from 1 to {TxaPayloadWriter.MaxFeeItems}.");
        }

        var count = f[0][0] - '0';
        Expect(f, 1 + (count * FieldsPerFeeItem));
        var items = new FeeItem[count];
        for (var i = 0; i < count; i++)
        {
            var field = $"Items[{i}]";
            var at = 1 + (i * FieldsPerFeeItem);
            items[i] = new FeeItem(
                TxaFields.Digits(f[at], 5, 5, $"{field}.AgencyNumber"),
                TxaFields.Kana(f[at + 1], $"{field}.AgencyNameKana"),
                TxaFields.Digits(f[at + 2], 1, 20, $"{field}.CustomerNumber"),
                TxaFields.ParseNumber(f[at + 3], $"{field}.Amount"));
        }

        return new FeePaymentData(items);
    }

    private static void Expect(ReadOnlySpan<string> fields, int expected)
    {
        if (fields.Length != expected)
        {
            throw new TxaFormatException("FieldCount", $"This kind needs {expected} fields after the nonce, not {fields.Length}.");
        }
    }
}
