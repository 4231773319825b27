using Inkan.Grains.Audit;
using Inkan.Grains.Errors;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Grains.Tests.Users;

/// <summary>Consecutive failed PIN + OTP confirmations per user: the warning, the lock, and the back office's unlock.</summary>
public sealed class OtpLockTests : OtpSiloTest
{
    private async Task<IReadOnlyList<ConfirmResult>> FailAsync(TransactionView tx, int times)
    {
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        var results = new List<ConfirmResult>();
        for (var i = 0; i < times; i++)
        {
            results.Add(await ConfirmAsync(tx, Other(otp)));
        }

        return results;
    }

    [Fact]
    public async Task ConfirmAsync_FiveFailures_WarnsBeforeTheLastThenLocks()
    {
        var tx = await PendingOtpTransferAsync();

        var results = await FailAsync(tx, 5);

        Assert.Equal(
            [(ConfirmOutcome.WrongCode, 4), (ConfirmOutcome.WrongCode, 3), (ConfirmOutcome.WrongCode, 2), (ConfirmOutcome.LastAttempt, 1), (ConfirmOutcome.OtpLocked, 0)],
            results.Select(r => (r.Outcome, r.RemainingAttempts)));
        Assert.Equal((TransactionStatus.Pending, 5), (results[^1].Transaction.Status, results[^1].Transaction.WrongCodes));
        var status = await PayerUser.GetOtpStatusAsync();
        Assert.Equal((true, 5), (status.Locked, status.ConsecutiveFailures));
    }

    [Fact]
    public async Task ConfirmAsync_Locked_RightPinAndOtpGetTheSameAnswer()
    {
        var tx = await PendingOtpTransferAsync();
        await FailAsync(tx, 5);

        var right = await ConfirmWithMailedOtpAsync(tx);

        Assert.Equal((ConfirmOutcome.OtpLocked, 0, TransactionStatus.Pending), (right.Outcome, right.RemainingAttempts, right.Transaction.Status));
    }

    [Fact]
    public async Task Locked_NewOperationsAndRegistrationMailsAreRefused()
    {
        var tx = await PendingOtpTransferAsync();
        await FailAsync(tx, 5);

        var transfer = await Bank.CreateAsync("C1", Payer, Bank.Transfer());
        var registration = await PayerUser.StartOtpAddressRegistrationAsync("new@tomato.example.jp", MailLanguage.Japanese);

        Assert.Equal((CreateOutcome.Blocked, BlockReason.OtpLocked), (transfer.Outcome, transfer.Block));
        Assert.Equal(OtpMailOutcome.Locked, registration.Outcome);
        Assert.Equal(ConfirmationDecision.Blocked(BlockReason.OtpLocked), await PayerUser.DecideConfirmationAsync());
    }

    [Fact]
    public async Task UnlockOtpAsync_Locked_SamePendingTransactionConfirmsAndAllIsAudited()
    {
        var tx = await PendingOtpTransferAsync();
        await FailAsync(tx, 5);

        await PayerUser.UnlockOtpAsync("FORM-2030-0042", "bo-operator");
        var result = await ConfirmWithMailedOtpAsync(tx);

        Assert.Equal((ConfirmOutcome.Authorized, TransactionStatus.Authorized), (result.Outcome, result.Transaction.Status));
        var audit = (await AuditAsync()).Where(r => r.UserId == Payer).ToList();
        Assert.Equal(5, audit.Count(r => r.EventType == AuditEventType.ConfirmationFailed && r.TransactionId == tx.TransactionId));
        var locked = Assert.Single(audit, r => r.EventType == AuditEventType.OtpLocked);
        Assert.Equal(tx.TransactionId, locked.TransactionId);
        var unlocked = Assert.Single(audit, r => r.EventType == AuditEventType.OtpUnlocked);
        Assert.Equal("reference=FORM-2030-0042 operator=bo-operator", unlocked.Details);
        Assert.Contains(audit, r => r.EventType == AuditEventType.ConfirmationSucceeded && r.TransactionId == tx.TransactionId);
        Assert.True((await Silo.Audit.VerifyAsync(AuditChains.ForContract("C1"), CancellationToken.None)).IsIntact);
    }

    [Fact]
    public async Task UnlockOtpAsync_NotLocked_Conflict()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);

        var e = await Assert.ThrowsAsync<DomainException>(() => PayerUser.UnlockOtpAsync("FORM-1", "bo-operator"));

        Assert.Equal(DomainError.Conflict, e.Error);
    }

    [Fact]
    public async Task ConfirmAsync_FailuresAcrossTransactions_CountPerUserUntilASuccess()
    {
        var first = await PendingOtpTransferAsync();
        await FailAsync(first, 3);
        var second = await Bank.PendingTransferAsync("C1", Payer);

        var fourth = (await FailAsync(second, 1))[0];
        var success = await ConfirmWithMailedOtpAsync(second);
        var third = await Bank.PendingTransferAsync("C1", Payer);
        var afterSuccess = (await FailAsync(third, 1))[0];

        Assert.Equal((ConfirmOutcome.LastAttempt, 1), (fourth.Outcome, fourth.RemainingAttempts));
        Assert.Equal((ConfirmOutcome.Authorized, 5), (success.Outcome, success.RemainingAttempts));
        Assert.Equal((ConfirmOutcome.WrongCode, 4), (afterSuccess.Outcome, afterSuccess.RemainingAttempts));
    }

    [Fact]
    public async Task ConfirmOtpAddressAsync_FailuresCountWithTransactions_AndLock()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);
        var tx = await Bank.PendingTransferAsync("C1", Payer);
        await FailAsync(tx, 4);
        await PayerUser.ResetOtpAddressAsync("form-77", "back-office");
        await PayerUser.StartOtpAddressRegistrationAsync("new@tomato.example.jp", MailLanguage.Japanese);
        var otp = Outbox.OtpIn((await Silo.LastMailToAsync("new@tomato.example.jp")).Body);

        var wrongPin = await PayerUser.ConfirmOtpAddressAsync("0000", otp);
        var right = await PayerUser.ConfirmOtpAddressAsync(Bank.Pin, otp);

        Assert.Equal(new OtpConfirmationResult(OtpConfirmationOutcome.Locked, 0, true), wrongPin);
        Assert.Equal(OtpConfirmationOutcome.Locked, right.Outcome);
        Assert.Null((await PayerUser.GetOtpStatusAsync()).Address);
    }
}
