using System.Globalization;

namespace Inkan.TokenEmulator.Load;

/// <summary>The <c>data</c> of each kind a load run creates: valid (SPEC section 3), varied by amount, and harmless when authorized.</summary>
internal static class OperationData
{
    public static object For(string kind, LoadUser user, DateOnly today, Random random)
    {
        var amount = random.NextInt64(1, 10_000_000);
        return kind switch
        {
            "TRF" => new { bankNameKana = "ﾄﾏﾄ", branch = "123", subject = "1", account = "1234567", payeeKana = "ｶ)ﾔﾏﾀﾞｼｮｳｼﾞ", amount },
            "FEE" => new { items = new[] { new { agencyNumber = "12345", agencyNameKana = "ｺｸｾﾞｲ", customerNumber = "9876543210", amount } } },
            "BLK" => new { type = "SOGO", designatedDate = today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), totalCount = random.Next(1, 1000), totalAmount = amount },
            // Setting the target's permissions to the value they already have keeps repeated ADM cycles valid.
            "ADM" => new { operation = "USER_CHANGE", targetLoginId = user.AdminTarget, permissions = LoadSetup.TargetPermissions },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A load run creates TRF, FEE, BLK or ADM."),
        };
    }
}
