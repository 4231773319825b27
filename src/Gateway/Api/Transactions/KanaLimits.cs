using Inkan.Protocol.Txa;

namespace Inkan.Gateway.Api.Transactions;

/// <summary>
/// Upper bounds on the kana names a transaction brings in, checked at the gateway's edges (bank API and browser)
/// before anything is stored. The token shows only 10 characters (SPEC section 7 truncates), but the full name is
/// kept, mailed with an OTP and shown on the pages, so it must stay the size of a real name.
/// </summary>
public static class KanaLimits
{
    /// <summary>A bank name: the Zengin transfer record's 被仕向銀行名 field holds 15 half-width characters.</summary>
    public const int BankName = 15;

    /// <summary>
    /// A payee or collecting agency name: the Zengin record's 受取人名 field holds 30 half-width characters (voiced
    /// marks count as characters), the widest kana name it has; agency names have no Zengin field and get the same.
    /// </summary>
    public const int Name = 30;

    /// <summary>Checks the kana names of <paramref name="data"/>; an over-long one is a <see cref="TxaFormatException"/> naming the field as the payload builder does.</summary>
    public static void Check(TxaData data)
    {
        switch (data)
        {
            case TransferData trf:
                Check(trf.BankNameKana, BankName, nameof(trf.BankNameKana));
                Check(trf.PayeeKana, Name, nameof(trf.PayeeKana));
                break;
            case FeePaymentData { Items: { } items }:
                for (var i = 0; i < items.Count; i++)
                {
                    Check(items[i]?.AgencyNameKana, Name, $"{nameof(FeePaymentData.Items)}[{i}].{nameof(FeeItem.AgencyNameKana)}");
                }

                break;
        }
    }

    private static void Check(string? value, int limit, string field)
    {
        if (value?.Length > limit)
        {
            throw new TxaFormatException(field, $"{field} must be at most {limit} characters.");
        }
    }
}
