using Inkan.Grains.Contracts;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Transactions;

public sealed class PermissionTests : SiloTest
{
    public static TheoryData<Permissions, TxaKind, bool> Cases() => new()
    {
        { Permissions.FundTransfer, TxaKind.TRF, true },
        { Permissions.Approval, TxaKind.TRF, true },
        { Permissions.Inquiry | Permissions.DataCreation | Permissions.Admin, TxaKind.TRF, false },
        { Permissions.FundTransfer, TxaKind.FEE, true },
        { Permissions.Approval, TxaKind.FEE, false },
        { Permissions.Approval, TxaKind.BLK, true },
        { Permissions.FundTransfer | Permissions.Admin, TxaKind.BLK, false },
        { Permissions.Admin, TxaKind.ADM, true },
        { Permissions.FundTransfer | Permissions.Approval, TxaKind.ADM, false },
    };

    private static TxaData DataOf(TxaKind kind) => kind switch
    {
        TxaKind.TRF => Bank.Transfer(),
        TxaKind.FEE => new FeePaymentData([new FeeItem("12345", "ﾄｳｷｮｳﾄ", "0001234567", 5_000), new FeeItem("54321", "ｽｲﾄﾞｳ", "99", 1_200)]),
        TxaKind.BLK => new BulkApprovalData(BulkTransferType.KYUYO, new DateOnly(2030, 6, 25), 42, 9_876_543),
        _ => new AdminData(AdminOperation.USER_CHANGE, "master"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CreateAsync_ByPermissions_AllowedOnlyForMatchingKind(Permissions permissions, TxaKind kind, bool allowed)
    {
        var token = await Bank.ContractWithTokenAsync("C1");
        await Bank.AddUserAsync("C1", "user1", permissions);
        await Bank.ActivateAsync("C1", "user1", token);
        // ADM on the master user is refused by the contract, so aim the change at another user.
        await Bank.AddUserAsync("C1", "target", Permissions.Inquiry);
        var data = kind == TxaKind.ADM ? new AdminData(AdminOperation.USER_CHANGE, "target") : DataOf(kind);

        var result = await Bank.CreateAsync("C1", "user1", data, new AdminDetails(Permissions.Inquiry | Permissions.DataCreation));

        Assert.Equal(allowed ? CreateOutcome.Created : CreateOutcome.PermissionDenied, result.Outcome);
        Assert.Equal(allowed, result.Transaction is not null);
    }

    [Fact]
    public async Task CreateAsync_ActivationKindThroughCreate_Rejected()
    {
        await Bank.ContractWithTokenAsync("C1");

        await Assert.ThrowsAsync<ArgumentException>(() => Bank.CreateAsync("C1", "master", new ActivationData("master", "0000000001")));
    }
}
