using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Transactions;

public sealed class MitbTests
{
    private static readonly byte[] Key = Convert.FromHexString("3132333435363738393031323334353637383930313233343536373839303132");
    private const string Nonce = "0123456789ABCDEF0123456789ABCDEF";

    public static TheoryData<string, TxaData> AlteredFields()
    {
        var original = Bank.Transfer(1_234_567);
        var fee = new FeePaymentData([new FeeItem("12345", "ﾄｳｷｮｳﾄ", "0001234567", 5_000)]);
        var bulk = new BulkApprovalData(BulkTransferType.SOGO, new DateOnly(2030, 6, 25), 42, 9_876_543);
        return new TheoryData<string, TxaData>
        {
            { "TRF bank", original with { BankNameKana = "ﾐｶﾝ" } },
            { "TRF branch", original with { Branch = "124" } },
            { "TRF subject", original with { Subject = "2" } },
            { "TRF account", original with { Account = "7654321" } },
            { "TRF payee", original with { PayeeKana = "ﾄｸﾒｲ(ｶ" } },
            { "TRF amount", original with { Amount = 1_234_568 } },
            { "FEE agency", new FeePaymentData([fee.Items[0] with { AgencyNumber = "12346" }]) },
            { "FEE agency name", new FeePaymentData([fee.Items[0] with { AgencyNameKana = "ｵｵｻｶﾌ" }]) },
            { "FEE customer", new FeePaymentData([fee.Items[0] with { CustomerNumber = "0001234568" }]) },
            { "FEE amount", new FeePaymentData([fee.Items[0] with { Amount = 50_000 }]) },
            { "BLK type", bulk with { Type = BulkTransferType.SHOYO } },
            { "BLK date", bulk with { DesignatedDate = new DateOnly(2030, 6, 26) } },
            { "BLK count", bulk with { TotalCount = 43 } },
            { "BLK total", bulk with { TotalAmount = 9_876_544 } },
            { "ADM operation", new AdminData(AdminOperation.USER_DELETE, "yamada.taro") },
            { "ADM target", new AdminData(AdminOperation.USER_ADD, "yamada.jiro") },
        };
    }

    private static TxaData OriginalOf(TxaData altered) => altered switch
    {
        TransferData => Bank.Transfer(1_234_567),
        FeePaymentData => new FeePaymentData([new FeeItem("12345", "ﾄｳｷｮｳﾄ", "0001234567", 5_000)]),
        BulkApprovalData => new BulkApprovalData(BulkTransferType.SOGO, new DateOnly(2030, 6, 25), 42, 9_876_543),
        _ => new AdminData(AdminOperation.USER_ADD, "yamada.taro"),
    };

    [Theory]
    [MemberData(nameof(AlteredFields))]
    public void Verify_OneFieldChangedAfterChallenge_CodeNoLongerVerifies(string field, TxaData altered)
    {
        var shownOnToken = TxaPayload.Build(OriginalOf(altered), Nonce);
        var code = TxaCode.Compute(Key, shownOnToken);

        var stored = TxaPayload.Build(altered, Nonce);

        Assert.True(TxaCode.Verify(Key, shownOnToken, code), field);
        Assert.False(TxaCode.Verify(Key, stored, code), field);
    }

    [Fact]
    public async Task ConfirmAsync_StoredTransactionRewrittenAfterChallenge_CodeForOriginalIsWrong()
    {
        using var directory = new SqliteDirectory();
        var masterKey = DomainSilo.NewMasterKey();
        TransactionView tx;
        string code;
        await using (var silo = await DomainSilo.StartAsync(directory.Path, masterKey: masterKey))
        {
            var bank = new Bank(silo);
            var token = await bank.ContractWithTokenAsync("C1");
            tx = await bank.PendingTransferAsync("C1", "master", amount: 10_000);
            code = Bank.RightCode(token, tx);
        }

        // Malware or an insider raises the amount in the stored transaction after the user saw the QR code.
        var changed = directory.Execute(
            "UPDATE grain_state SET payload = CAST(replace(CAST(payload AS TEXT), $from, $to) AS BLOB) WHERE state_type = 'transaction.transaction' AND key = $key",
            ("$from", "|10000\""), ("$to", "|9990000\""), ("$key", tx.TransactionId));
        Assert.Equal(1, changed);

        await using (var silo = await DomainSilo.StartAsync(directory.Path, masterKey: masterKey))
        {
            var bank = new Bank(silo);
            var stored = await bank.Transaction(tx.TransactionId).GetAsync("C1", "master");
            var result = await bank.ConfirmAsync(tx, code);

            Assert.EndsWith("|9990000", stored.Payload, StringComparison.Ordinal);
            Assert.Equal(ConfirmOutcome.WrongCode, result.Outcome);
        }
    }
}
