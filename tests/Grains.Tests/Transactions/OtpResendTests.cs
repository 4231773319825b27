using Inkan.Grains.Errors;
using Inkan.Grains.Events;
using Inkan.Grains.Otp;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Grains.Tests.Transactions;

/// <summary>Resending a transaction's OTP: a new OTP replaces the old, at most 3 mails per transaction, at least 30 seconds apart.</summary>
public sealed class OtpResendTests : OtpSiloTest
{
    private Task<OtpMailResult> ResendAsync(TransactionView tx) => Bank.Transaction(tx.TransactionId).ResendOtpAsync(tx.ContractId, tx.LoginId);

    [Fact]
    public async Task ResendOtpAsync_WithinThirtySeconds_TooSoonAndNoMail()
    {
        var tx = await PendingOtpTransferAsync();
        Clock.Advance(TimeSpan.FromSeconds(12));

        var result = await ResendAsync(tx);

        Assert.Equal(new OtpMailResult(OtpMailOutcome.TooSoon, Start.AddMinutes(5), TimeSpan.FromSeconds(18), 2), result);
        Assert.Single(await Silo.MailsAsync(), m => m.To == PayerAddress && m.Id.StartsWith(tx.TransactionId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResendOtpAsync_AfterThirtySeconds_NewOtpReplacesTheOldAndExtendsTheExpiry()
    {
        var tx = await PendingOtpTransferAsync();
        var old = await Bank.OtpOfAsync(tx.TransactionId);
        Clock.Advance(TimeSpan.FromMinutes(4));

        var result = await ResendAsync(tx);
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        Clock.Advance(TimeSpan.FromMinutes(2));
        var withOld = await ConfirmAsync(tx, old);
        var withNew = await ConfirmAsync(tx, otp);

        Assert.Equal(new OtpMailResult(OtpMailOutcome.Sent, Start.AddMinutes(9), TimeSpan.Zero, 1), result);
        Assert.Equal($"{tx.TransactionId}/otp/2", (await Silo.MailsAsync())[^1].Id);
        Assert.Equal(ConfirmOutcome.WrongCode, withOld.Outcome);
        Assert.Equal((ConfirmOutcome.Authorized, Start.AddMinutes(9)), (withNew.Outcome, withNew.Transaction.ExpiresAt));
        Assert.Equal([Start.AddMinutes(5), Start.AddMinutes(9)], Silo.Events.Of<ChallengeIssuedEvent>().Select(e => e.ExpiresAt));
    }

    [Fact]
    public async Task ResendOtpAsync_AfterThreeMails_LimitReached()
    {
        var tx = await PendingOtpTransferAsync();
        var results = new List<OtpMailOutcome>();
        for (var i = 0; i < 3; i++)
        {
            Clock.Advance(TimeSpan.FromSeconds(30));
            results.Add((await ResendAsync(tx)).Outcome);
        }

        Assert.Equal([OtpMailOutcome.Sent, OtpMailOutcome.Sent, OtpMailOutcome.LimitReached], results);
        Assert.Equal(3, (await Silo.MailsAsync()).Count(m => m.Id.StartsWith(tx.TransactionId, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ResendOtpAsync_Authorized_NotPending()
    {
        var tx = await PendingOtpTransferAsync();
        await ConfirmWithMailedOtpAsync(tx);
        Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(OtpMailResult.Refused(OtpMailOutcome.NotPending), await ResendAsync(tx));
    }

    [Fact]
    public async Task ResendOtpAsync_Expired_NotPendingAndExpires()
    {
        var tx = await PendingOtpTransferAsync();
        Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await ResendAsync(tx);

        Assert.Equal(OtpMailOutcome.NotPending, result.Outcome);
        Assert.Equal(TransactionStatus.Expired, (await Bank.Transaction(tx.TransactionId).GetAsync("C1", Payer)).Status);
    }

    [Fact]
    public async Task ResendOtpAsync_TokenTransaction_Conflict()
    {
        var token = await Bank.IssuedTokenAsync("C1");
        await Bank.ActivateAsync("C1", Payer, token);
        var tx = await Bank.PendingTransferAsync("C1", Payer);

        var e = await Assert.ThrowsAsync<DomainException>(() => ResendAsync(tx));

        Assert.Equal(DomainError.Conflict, e.Error);
    }

    [Fact]
    public async Task ResendOtpAsync_AnotherUser_NotFound()
    {
        var tx = await PendingOtpTransferAsync();

        var e = await Assert.ThrowsAsync<DomainException>(() => Bank.Transaction(tx.TransactionId).ResendOtpAsync("C1", "master"));

        Assert.Equal(DomainError.NotFound, e.Error);
    }
}
