using Inkan.Grains.Contracts;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;
using Inkan.Protocol.Txa;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>Which method confirms (SPEC sections 4–6): email OTP until a token is registered or tokens become mandatory; FundTransfer needs the address.</summary>
public sealed class OtpMethodChoiceTests : OtpSiloTest
{
    [Fact]
    public async Task ActivateAsync_AfterOtpRegistration_TokenOnlyFromThenOn()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);
        var token = await Bank.IssuedTokenAsync("C1");

        await Bank.ActivateAsync("C1", Payer, token);
        var tx = await Bank.PendingTransferAsync("C1", Payer);
        var registration = await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);

        Assert.Equal((ConfirmationMethod.Token, token.Serial), (tx.Method, tx.TokenSerial));
        Assert.Equal(ConfirmationDecision.Token, await PayerUser.DecideConfirmationAsync());
        Assert.Equal(OtpMailOutcome.NotAllowed, registration.Outcome);
    }

    [Fact]
    public async Task ConfirmAsync_OtpTransactionAfterTokenRegistration_RejectedAsMethodChanged()
    {
        var tx = await PendingOtpTransferAsync();
        var token = await Bank.IssuedTokenAsync("C1");
        await Bank.ActivateAsync("C1", Payer, token);

        var result = await ConfirmWithMailedOtpAsync(tx);

        Assert.Equal((ConfirmOutcome.MethodChanged, TransactionStatus.Rejected), (result.Outcome, result.Transaction.Status));
    }

    [Fact]
    public async Task CreateAsync_OtpTransaction_AppendsItsIdToTheUsersHistory()
    {
        var tx = await PendingOtpTransferAsync();

        var history = await Silo.Storage.ReadLogTailAsync(TransactionHistory.LogOf("C1", Payer), 10, CancellationToken.None);

        Assert.Equal(ConfirmationMethod.EmailOtp, tx.Method);
        Assert.Equal(tx.TransactionId, Assert.Single(history).Payload);
    }

    [Fact]
    public async Task CreateAsync_RegisteredTokenRevoked_NeverFallsBackToEmailOtp()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);
        var token = await Bank.IssuedTokenAsync("C1");
        await Bank.ActivateAsync("C1", Payer, token);

        await Bank.Token(token.Serial).RevokeAsync("lost", "back-office");
        var transfer = await Bank.CreateAsync("C1", Payer, Bank.Transfer());

        Assert.Equal((CreateOutcome.Blocked, BlockReason.TokenRegistrationRequired), (transfer.Outcome, transfer.Block));
        Assert.Equal(LogonStep.RegisterToken, (await PayerUser.DecideLogonAsync(tokenRegistrationSkipped: false)).Step);
        Assert.Equal(LogonDecision.Proceed, await PayerUser.DecideLogonAsync(tokenRegistrationSkipped: true));
    }

    [Fact]
    public async Task CreateAsync_TokensMandatory_OtpUserBlocked()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);
        Clock.SetUtcNow(TokenMandatory);

        var transfer = await Bank.CreateAsync("C1", Payer, Bank.Transfer());

        Assert.Equal((CreateOutcome.Blocked, BlockReason.TokenRegistrationRequired), (transfer.Outcome, transfer.Block));
    }

    [Fact]
    public async Task AdminRemovesFundTransfer_ByOtpConfirmedUserChange_LiftsTheAddressRequirement()
    {
        await Bank.RegisterOtpAddressAsync("C1", "master", "master@tomato.example.jp");
        var before = await PayerUser.DecideLogonAsync(tokenRegistrationSkipped: true);
        var change = await Bank.CreateAsync("C1", "master", new AdminData(AdminOperation.USER_CHANGE, Payer), new AdminDetails(Permissions.Inquiry));
        var tx = change.Transaction!;

        var result = await ConfirmWithMailedOtpAsync(tx);

        var mail = await Silo.LastMailToAsync("master@tomato.example.jp");
        Assert.Contains($"操作対象ログインID: {Payer}\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains("操作内容: 利用者変更\n", mail.Body, StringComparison.Ordinal);
        Assert.Equal(LogonDecision.RegisterOtpAddress, before);
        Assert.Equal((ConfirmationMethod.EmailOtp, ConfirmOutcome.Authorized), (tx.Method, result.Outcome));
        Assert.Equal(LogonDecision.Proceed, await PayerUser.DecideLogonAsync(tokenRegistrationSkipped: true));
        Assert.Equal(CreateOutcome.PermissionDenied, (await Bank.CreateAsync("C1", Payer, Bank.Transfer())).Outcome);
    }
}
