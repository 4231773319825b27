namespace Inkan.Protocol.Txa;

/// <summary>Checks the data of each kind and writes its fields in the order SPEC section 7 gives.</summary>
internal static class TxaPayloadWriter
{
    public const int MaxFeeItems = 9;

    public static void AddFields(TxaData data, List<string> fields)
    {
        switch (data)
        {
            case ActivationData act:
                fields.Add(TxaFields.LoginId(act.LoginId, nameof(act.LoginId)));
                fields.Add(TxaFields.Digits(act.TokenSerial, 10, 10, nameof(act.TokenSerial)));
                break;
            case TransferData trf:
                fields.Add(Kana(trf.BankNameKana, nameof(trf.BankNameKana)));
                fields.Add(string.Join('-',
                    TxaFields.Digits(trf.Branch, 3, 3, nameof(trf.Branch)),
                    TxaFields.Digits(trf.Subject, 1, 1, nameof(trf.Subject)),
                    TxaFields.Digits(trf.Account, 7, 7, nameof(trf.Account))));
                fields.Add(Kana(trf.PayeeKana, nameof(trf.PayeeKana)));
                fields.Add(TxaFields.Number(trf.Amount, nameof(trf.Amount)));
                break;
            case FeePaymentData fee:
                AddFeeItems(fee, fields);
                break;
            case BulkApprovalData blk:
                fields.Add(TxaFields.Name(blk.Type, nameof(blk.Type)));
                fields.Add(TxaFields.Date(blk.DesignatedDate));
                fields.Add(TxaFields.Number(blk.TotalCount, nameof(blk.TotalCount)));
                fields.Add(TxaFields.Number(blk.TotalAmount, nameof(blk.TotalAmount)));
                break;
            case AdminData adm:
                fields.Add(TxaFields.Name(adm.Operation, nameof(adm.Operation)));
                fields.Add(TxaFields.LoginId(adm.TargetLoginId, nameof(adm.TargetLoginId)));
                break;
            default:
                throw new TxaFormatException("Kind", $"{data.GetType().Name} is not a TXA1 kind.");
        }
    }

    private static void AddFeeItems(FeePaymentData fee, List<string> fields)
    {
        if (fee.Items is not { Count: >= 1 and <= MaxFeeItems } items)
        {
            throw new TxaFormatException(nameof(fee.Items), $"Items must hold 1 to {MaxFeeItems} fee items.");
        }

        fields.Add(TxaFields.Number(items.Count, nameof(fee.Items)));
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"{nameof(fee.Items)}[{i}]";
            var item = items[i] ?? throw new TxaFormatException(field, $"{field} must not be null.");
            fields.Add(TxaFields.Digits(item.AgencyNumber, 5, 5, $"{field}.{nameof(item.AgencyNumber)}"));
            fields.Add(Kana(item.AgencyNameKana, $"{field}.{nameof(item.AgencyNameKana)}"));
            fields.Add(TxaFields.Digits(item.CustomerNumber, 1, 20, $"{field}.{nameof(item.CustomerNumber)}"));
            fields.Add(TxaFields.Number(item.Amount, $"{field}.{nameof(item.Amount)}"));
        }
    }

    private static string Kana(string? value, string field) => TxaFields.TruncateKana(TxaFields.Kana(value, field));
}
