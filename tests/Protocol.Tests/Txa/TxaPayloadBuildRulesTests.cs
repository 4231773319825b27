using Inkan.Protocol.Txa;

namespace Inkan.Protocol.Tests.Txa;

/// <summary>Each field rule of SPEC section 7, broken once, must stop Build with the field's name.</summary>
public sealed class TxaPayloadBuildRulesTests
{
    public static TheoryData<TxaData, string> Invalid()
    {
        var trf = TxaSamples.Transfer;
        var item = TxaSamples.FeeItem;
        return new()
        {
            { new ActivationData("abc", "0000000001"), "LoginId" },
            { new ActivationData(new string('a', 33), "0000000001"), "LoginId" },
            { new ActivationData("yamada taro", "0000000001"), "LoginId" },
            { new ActivationData("yamada|taro", "0000000001"), "LoginId" },
            { new ActivationData("山田太郎さん", "0000000001"), "LoginId" },
            { new ActivationData("", "0000000001"), "LoginId" },
            { new ActivationData(null!, "0000000001"), "LoginId" },
            { new ActivationData("yamada.taro", "000000001"), "TokenSerial" },
            { new ActivationData("yamada.taro", "00000000011"), "TokenSerial" },
            { new ActivationData("yamada.taro", "000000000A"), "TokenSerial" },
            { new ActivationData("yamada.taro", "０００００００００１"), "TokenSerial" },
            { trf with { BankNameKana = "" }, "BankNameKana" },
            { trf with { BankNameKana = "ﾄﾏﾄ ｷﾞﾝｺｳ|" }, "BankNameKana" },
            { trf with { BankNameKana = "ﾄﾏﾄ\nｷﾞﾝｺｳ" }, "BankNameKana" },
            { trf with { BankNameKana = "ﾄﾏﾄ\r" }, "BankNameKana" },
            { trf with { BankNameKana = " ﾄﾏﾄ" }, "BankNameKana" },
            { trf with { BankNameKana = "ﾄﾏﾄ " }, "BankNameKana" },
            { trf with { BankNameKana = "tomato" }, "BankNameKana" },
            { trf with { BankNameKana = "トマト" }, "BankNameKana" },
            { trf with { BankNameKana = "とまと" }, "BankNameKana" },
            { trf with { BankNameKana = "ﾄﾏﾄ･ｷﾞﾝｺｳ" }, "BankNameKana" },
            { trf with { BankNameKana = "ﾄﾏﾄ｡" }, "BankNameKana" },
            { trf with { BankNameKana = "ＴＯＭＡＴＯ" }, "BankNameKana" },
            { trf with { BankNameKana = "A,B" }, "BankNameKana" },
            { trf with { Branch = "12" }, "Branch" },
            { trf with { Branch = "1234" }, "Branch" },
            { trf with { Branch = "12a" }, "Branch" },
            { trf with { Subject = "" }, "Subject" },
            { trf with { Subject = "12" }, "Subject" },
            { trf with { Account = "123456" }, "Account" },
            { trf with { Account = "12345678" }, "Account" },
            { trf with { Account = "123-567" }, "Account" },
            { trf with { PayeeKana = "ｶ)ﾔﾏﾀﾞ\tｼｮｳｼﾞ" }, "PayeeKana" },
            { trf with { PayeeKana = " " }, "PayeeKana" },
            { trf with { PayeeKana = null! }, "PayeeKana" },
            { trf with { Amount = 0 }, "Amount" },
            { trf with { Amount = -1 }, "Amount" },
            { trf with { Amount = 10_000_000_000_000 }, "Amount" },
            { new FeePaymentData([]), "Items" },
            { new FeePaymentData(null!), "Items" },
            { new FeePaymentData(Enumerable.Repeat(item, 10).ToArray()), "Items" },
            { new FeePaymentData([item, null!]), "Items[1]" },
            { new FeePaymentData([item with { AgencyNumber = "1234" }]), "Items[0].AgencyNumber" },
            { new FeePaymentData([item, item with { AgencyNumber = "123456" }]), "Items[1].AgencyNumber" },
            { new FeePaymentData([item with { AgencyNameKana = "ｺｸｾﾞｲ|" }]), "Items[0].AgencyNameKana" },
            { new FeePaymentData([item with { CustomerNumber = "" }]), "Items[0].CustomerNumber" },
            { new FeePaymentData([item with { CustomerNumber = new string('1', 21) }]), "Items[0].CustomerNumber" },
            { new FeePaymentData([item with { CustomerNumber = "12-34" }]), "Items[0].CustomerNumber" },
            { new FeePaymentData([item, item, item with { Amount = 0 }]), "Items[2].Amount" },
            { TxaSamples.Bulk with { Type = (BulkTransferType)7 }, "Type" },
            { TxaSamples.Bulk with { TotalCount = 0 }, "TotalCount" },
            { TxaSamples.Bulk with { TotalAmount = 0 }, "TotalAmount" },
            { TxaSamples.Bulk with { TotalAmount = 10_000_000_000_000 }, "TotalAmount" },
            { TxaSamples.Admin with { Operation = (AdminOperation)7 }, "Operation" },
            { TxaSamples.Admin with { TargetLoginId = "ab" }, "TargetLoginId" },
            { new UnknownKindData(), "Kind" },
        };
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Build_FieldBreaksRule_ThrowsNamingField(TxaData data, string field)
    {
        var error = Assert.Throws<TxaFormatException>(() => TxaPayload.Build(data, TxaSamples.Nonce));

        Assert.Equal(field, error.Field);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }
}
