using Inkan.Protocol.Txa;

namespace Inkan.Grains.Mail;

/// <summary>
/// The lines of an OTP mail that name what is confirmed (SPEC section 4): the full values the bank received,
/// so that a user sees any rewriting by malware in the browser.
/// </summary>
internal static class MailDetails
{
    public static List<(string Label, string Value)> Lines(TxaData data, MailWording w)
    {
        List<(string, string)> lines = [(w.OperationLabel, w.KindName(data.Kind))];
        switch (data)
        {
            case TransferData trf:
                lines.Add((w.Bank, trf.BankNameKana));
                lines.Add((w.Branch, trf.Branch));
                lines.Add((w.AccountType, w.AccountTypeName(trf.Subject) is { } name ? $"{trf.Subject} ({name})" : trf.Subject));
                lines.Add((w.AccountNumber, trf.Account));
                lines.Add((w.Payee, trf.PayeeKana));
                lines.Add((w.Amount, w.FormatAmount(trf.Amount)));
                break;
            case FeePaymentData fee:
                AddFeeItems(lines, fee.Items, w);
                break;
            case BulkApprovalData blk:
                lines.Add((w.BulkType, w.BulkTypeName(blk.Type)));
                lines.Add((w.DesignatedDate, w.FormatDate(blk.DesignatedDate)));
                lines.Add((w.TotalCount, w.FormatCount(blk.TotalCount)));
                lines.Add((w.TotalAmount, w.FormatAmount(blk.TotalAmount)));
                break;
            case AdminData adm:
                lines.Add((w.AdminAction, w.AdminOperationName(adm.Operation)));
                lines.Add((w.TargetLoginId, adm.TargetLoginId));
                break;
            case ActivationData act:
                lines.Add((w.LoginId, act.LoginId));
                lines.Add((w.TokenSerial, act.TokenSerial));
                break;
            default:
                throw new ArgumentException($"{data.GetType().Name} is not a kind an OTP mail can describe.", nameof(data));
        }

        return lines;
    }

    public static List<(string Label, string Value)> AddressRegistrationLines(string loginId, string address, MailWording w) =>
    [
        (w.OperationLabel, w.AddressRegistration),
        (w.LoginId, loginId),
        (w.Address, address),
    ];

    private static void AddFeeItems(List<(string, string)> lines, IReadOnlyList<FeeItem> items, MailWording w)
    {
        ArgumentNullException.ThrowIfNull(items, "Items");
        for (var i = 0; i < items.Count; i++)
        {
            if (items.Count > 1)
            {
                lines.Add((w.Item, $"{i + 1}/{items.Count}"));
            }

            lines.Add((w.AgencyNumber, items[i].AgencyNumber));
            lines.Add((w.AgencyName, items[i].AgencyNameKana));
            lines.Add((w.CustomerNumber, items[i].CustomerNumber));
            lines.Add((w.Amount, w.FormatAmount(items[i].Amount)));
        }

        if (items.Count > 1)
        {
            lines.Add((w.TotalAmount, w.FormatAmount(items.Sum(item => item.Amount))));
        }
    }
}
