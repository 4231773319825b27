using Inkan.Grains.Otp;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>Resending a transaction's OTP follows the user's standing now: a registered token, a lock or a removed address stops the mails.</summary>
public sealed class OtpResendStandingTests : OtpSiloTest
{
    private const string NewAddress = "payer-new@tomato.example.jp";

    private Task<OtpMailResult> ResendAsync(TransactionView tx) => Bank.Transaction(tx.TransactionId).ResendOtpAsync(tx.ContractId, tx.LoginId);

    private async Task<int> MailsOfAsync(TransactionView tx, string to)
        => (await Silo.MailsAsync()).Count(m => m.To == to && m.Id.StartsWith(tx.TransactionId + "/", StringComparison.Ordinal));

    // Past the resend spacing, so that only the user's standing can refuse; the first mail stays the only one.
    private async Task AssertRefusedWithoutMailAsync(TransactionView tx, OtpMailOutcome outcome)
    {
        Clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(OtpMailResult.Refused(outcome), await ResendAsync(tx));
        Assert.Equal(1, await MailsOfAsync(tx, PayerAddress));
    }

    // SPEC 5: once a user registers a token, email OTP is no longer used for that user.
    [Fact]
    public async Task ResendOtpAsync_AfterTheUserRegisteredAToken_NotAllowedAndNoMail()
    {
        var tx = await PendingOtpTransferAsync();
        await Bank.ActivateAsync("C1", Payer, await Bank.IssuedTokenAsync("C1"));

        await AssertRefusedWithoutMailAsync(tx, OtpMailOutcome.NotAllowed);
    }

    // SPEC 4: repeated failures lock the user's confirmations until the back office unlocks them.
    [Fact]
    public async Task ResendOtpAsync_UserOtpLocked_LockedNoMailAndNotCounted()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        for (var i = 0; i < 5; i++)
        {
            await ConfirmAsync(tx, Other(otp));
        }

        await AssertRefusedWithoutMailAsync(tx, OtpMailOutcome.Locked);
        await PayerUser.UnlockOtpAsync("FORM-2030-0100", "bo-operator");
        var unlocked = await ResendAsync(tx);

        Assert.Equal((OtpMailOutcome.Sent, 1), (unlocked.Outcome, unlocked.MailsLeft));
    }

    // docs/domain.md: the back office removes the address so that OTP mails, which name the payee, stop going to it.
    [Fact]
    public async Task ResendOtpAsync_AfterTheBackOfficeRemovedTheAddress_NotAllowedAndNoMail()
    {
        var tx = await PendingOtpTransferAsync();
        await PayerUser.ResetOtpAddressAsync("FORM-2030-0099", "bo-operator");

        await AssertRefusedWithoutMailAsync(tx, OtpMailOutcome.NotAllowed);
    }

    [Fact]
    public async Task ResendOtpAsync_AfterTheAddressWasReplaced_MailsOnlyTheNewAddress()
    {
        var tx = await PendingOtpTransferAsync();
        await PayerUser.ResetOtpAddressAsync("FORM-2030-0099", "bo-operator");
        await Bank.RegisterOtpAddressAsync("C1", Payer, NewAddress);
        Clock.Advance(TimeSpan.FromSeconds(31));

        var result = await ResendAsync(tx);

        Assert.Equal(OtpMailOutcome.Sent, result.Outcome);
        Assert.Equal((1, 1), (await MailsOfAsync(tx, PayerAddress), await MailsOfAsync(tx, NewAddress)));
    }
}
