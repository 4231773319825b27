using Inkan.Grains.Contracts;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;
using Inkan.Silo;
using Inkan.Silo.Storage;
using Inkan.Silo.Tests.Hosting;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>Email OTP confirmations refused, or failing part-way: nothing is counted or spent that was not stored and audited.</summary>
public sealed class OtpAuthorizationTests : OtpSiloTest
{
    private GatedStorage _storage = null!;

    protected override IGrainStorage WrapStorage(IGrainStorage storage) => _storage = new GatedStorage(storage);

    [Fact]
    public async Task ConfirmAsync_FundTransferWithdrawnAfterCreation_RejectedWithoutCountingTheOtp()
    {
        var tx = await PendingOtpTransferAsync();
        await Bank.Contract("C1").ChangeUserPermissionsAsync(Payer, Permissions.Inquiry);

        var result = await ConfirmAsync(tx, "000000", "wrong-pin");

        Assert.Equal((ConfirmOutcome.PermissionWithdrawn, TransactionStatus.Rejected), (result.Outcome, result.Transaction.Status));
        Assert.Equal(0, (await PayerUser.GetOtpStatusAsync()).ConsecutiveFailures);
    }

    [Fact]
    public async Task ConfirmAsync_AdminChangeWriteFailsAfterRightOtp_RetryAuthorizes()
    {
        await Bank.RegisterOtpAddressAsync("C1", "master", "master@tomato.example.jp");
        var tx = (await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_CHANGE, Payer), new AdminDetails(Permissions.Inquiry))).Transaction!;
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        _storage.FailNext(new InconsistentStateException("moved on at another node"), write => write.StateType == "user.user" && write.Key == Identifiers.UserKey("C1", Payer));

        await Assert.ThrowsAsync<InconsistentStateException>(() => ConfirmAsync(tx, otp));
        var retry = await ConfirmAsync(tx, otp);

        Assert.Equal((ConfirmOutcome.Authorized, TransactionStatus.Authorized), (retry.Outcome, retry.Transaction.Status));
        Assert.Equal(Permissions.Inquiry, await PayerUser.GetPermissionsAsync());
    }

    [Fact]
    public async Task ConfirmAsync_AuditEntryCannotBeAppended_TheFailureIsNotCountedEither()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        _storage.FailNext(new TimeoutException("storage did not answer"), write => write.StateType == "audit.head");

        await Assert.ThrowsAsync<TimeoutException>(() => ConfirmAsync(tx, Other(otp)));

        // No authentication event without its audit entry: the failure was not stored, and a retry counts it once.
        Assert.Equal(0, (await PayerUser.GetOtpStatusAsync()).ConsecutiveFailures);
        Assert.Equal(ConfirmOutcome.WrongCode, (await ConfirmAsync(tx, Other(otp))).Outcome);
        Assert.Equal(1, (await PayerUser.GetOtpStatusAsync()).ConsecutiveFailures);
    }

    [Fact]
    public async Task ConfirmAsync_ContractChainMovedOnAtAnotherNode_AppendedOnceMoreAndCountedOnce()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        _storage.FailNext(new InconsistentStateException("the contract's chain moved on at another node"), write => write.StateType == "audit.head");

        Assert.Equal(ConfirmOutcome.WrongCode, (await ConfirmAsync(tx, Other(otp))).Outcome);

        Assert.Equal(1, (await PayerUser.GetOtpStatusAsync()).ConsecutiveFailures);
    }
}
