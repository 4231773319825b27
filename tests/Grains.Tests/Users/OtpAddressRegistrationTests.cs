using Inkan.Grains.Audit;
using Inkan.Grains.Mail;
using Inkan.Grains.Otp;
using Inkan.Grains.Policy;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;
using Inkan.Grains.Users;

namespace Inkan.Grains.Tests.Users;

/// <summary>OTP address registration: an OTP mailed to the address, confirmed with the PIN; until then the logon leads to it.</summary>
public sealed class OtpAddressRegistrationTests : OtpSiloTest
{
    [Fact]
    public async Task DecideLogonAsync_FundTransferWithoutAddress_LeadsToRegistrationAndOperationsAreBlocked()
    {
        var logon = await PayerUser.DecideLogonAsync(tokenRegistrationSkipped: true);
        var transfer = await Bank.CreateAsync("C1", Payer, Bank.Transfer());

        Assert.Equal(LogonDecision.RegisterOtpAddress, logon);
        Assert.Equal((CreateOutcome.Blocked, BlockReason.NoConfirmationMethod), (transfer.Outcome, transfer.Block));
    }

    [Fact]
    public async Task StartOtpAddressRegistrationAsync_ValidAddress_MailsOtpToThatAddressOnly()
    {
        var sent = await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);

        var mail = Assert.Single(await Silo.MailsAsync());
        Assert.Equal(new OtpMailResult(OtpMailOutcome.Sent, Start.AddMinutes(5), TimeSpan.Zero, 2), sent);
        Assert.Equal(PayerAddress, mail.To);
        Assert.Equal("【ワンタイムパスワード】ワンタイムパスワード送信先アドレス登録のご確認", mail.Subject);
        Assert.Contains($"ログインID: {Payer}\n", mail.Body, StringComparison.Ordinal);
        Assert.Contains($"登録するメールアドレス: {PayerAddress}\n", mail.Body, StringComparison.Ordinal);
        Assert.Matches("^[0-9]{6}$", Outbox.OtpIn(mail.Body));
        var status = await PayerUser.GetOtpStatusAsync();
        Assert.Equal((null, PayerAddress, Start.AddMinutes(5)), (status.Address, status.PendingAddress, status.PendingExpiresAt));
        Assert.Equal(LogonDecision.RegisterOtpAddress, await PayerUser.DecideLogonAsync(true));
    }

    [Fact]
    public async Task ConfirmOtpAddressAsync_RightPinAndOtp_RegistersAndLogonProceeds()
    {
        await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);
        var otp = Outbox.OtpIn((await Silo.LastMailToAsync(PayerAddress)).Body);

        var result = await PayerUser.ConfirmOtpAddressAsync(Bank.Pin, otp);

        Assert.Equal(new OtpConfirmationResult(OtpConfirmationOutcome.Confirmed, 5, false), result);
        Assert.Equal(new OtpUserStatus(PayerAddress, MailLanguage.Japanese, false, 0, null, null), await PayerUser.GetOtpStatusAsync());
        Assert.Equal(LogonDecision.Proceed, await PayerUser.DecideLogonAsync(true));
        Assert.Equal(ConfirmationDecision.EmailOtp, await PayerUser.DecideConfirmationAsync());
        var registered = Assert.Single(await AuditAsync(), r => r.EventType == AuditEventType.OtpAddressRegistered);
        Assert.Equal(Payer, registered.UserId);
        Assert.Contains(PayerAddress, registered.Details, StringComparison.Ordinal);
        Assert.DoesNotContain(await AuditAsync(), r => r.Details?.Contains(otp, StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ConfirmOtpAddressAsync_WrongOtp_RejectedCountedAndNotRegistered()
    {
        await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);
        var otp = Outbox.OtpIn((await Silo.LastMailToAsync(PayerAddress)).Body);

        var result = await PayerUser.ConfirmOtpAddressAsync(Bank.Pin, Other(otp));

        Assert.Equal(new OtpConfirmationResult(OtpConfirmationOutcome.Rejected, 4, false), result);
        var status = await PayerUser.GetOtpStatusAsync();
        Assert.Equal((null, 1, PayerAddress), (status.Address, status.ConsecutiveFailures, status.PendingAddress));
    }

    [Fact]
    public async Task ConfirmOtpAddressAsync_AfterExpiry_ExpiredAndNotCounted()
    {
        await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);
        var otp = Outbox.OtpIn((await Silo.LastMailToAsync(PayerAddress)).Body);
        Clock.Advance(TimeSpan.FromMinutes(5));

        var result = await PayerUser.ConfirmOtpAddressAsync(Bank.Pin, otp);

        Assert.Equal(OtpConfirmationOutcome.Expired, result.Outcome);
        Assert.Equal((null, 0), ((await PayerUser.GetOtpStatusAsync()).Address, (await PayerUser.GetOtpStatusAsync()).ConsecutiveFailures));
    }

    [Fact]
    public async Task ConfirmOtpAddressAsync_SameOtpAgain_NotPending()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);
        var otp = Outbox.OtpIn((await Silo.LastMailToAsync(PayerAddress)).Body);

        var again = await PayerUser.ConfirmOtpAddressAsync(Bank.Pin, otp);

        Assert.Equal(OtpConfirmationOutcome.NotPending, again.Outcome);
    }

    [Fact]
    public async Task StartOtpAddressRegistrationAsync_AgainWhileValid_IsAResendLimitedAndReplacesTheOtp()
    {
        await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);
        var first = Outbox.OtpIn((await Silo.LastMailToAsync(PayerAddress)).Body);
        Clock.Advance(TimeSpan.FromSeconds(10));

        var tooSoon = await PayerUser.StartOtpAddressRegistrationAsync("other@tomato.example.jp", MailLanguage.Japanese);
        Clock.Advance(TimeSpan.FromSeconds(20));
        var second = await PayerUser.StartOtpAddressRegistrationAsync("other@tomato.example.jp", MailLanguage.Japanese);
        var otp = Outbox.OtpIn((await Silo.LastMailToAsync("other@tomato.example.jp")).Body);

        Assert.Equal(new OtpMailResult(OtpMailOutcome.TooSoon, Start.AddMinutes(5), TimeSpan.FromSeconds(20), 2), tooSoon);
        Assert.Equal(new OtpMailResult(OtpMailOutcome.Sent, Clock.GetUtcNow().AddMinutes(5), TimeSpan.Zero, 1), second);
        Assert.Equal(2, (await Silo.MailsAsync()).Count);
        Assert.Equal(OtpConfirmationOutcome.Rejected, (await PayerUser.ConfirmOtpAddressAsync(Bank.Pin, first)).Outcome);
        Assert.Equal(OtpConfirmationOutcome.Confirmed, (await PayerUser.ConfirmOtpAddressAsync(Bank.Pin, otp)).Outcome);
        Assert.Equal("other@tomato.example.jp", (await PayerUser.GetOtpStatusAsync()).Address);
    }

    [Fact]
    public async Task StartOtpAddressRegistrationAsync_English_MailsInEnglishAndKeepsTheLanguageForTransactions()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress, MailLanguage.English);

        var tx = await Bank.PendingTransferAsync("C1", Payer);

        var mails = await Silo.MailsAsync();
        Assert.StartsWith("[One-time password] Please confirm: Registration", mails[0].Subject, StringComparison.Ordinal);
        Assert.Equal("[One-time password] Please confirm: Transfer / 【ワンタイムパスワード】振込振替のご確認", mails[1].Subject);
        Assert.Equal(MailLanguage.English, (await PayerUser.GetOtpStatusAsync()).Language);
        Assert.Equal(ConfirmOutcome.Authorized, (await ConfirmWithMailedOtpAsync(tx)).Outcome);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Payer <payer@tomato.example.jp>")]
    [InlineData("payer@tomato.example.jp\r\nBcc: thief@example.com")]
    [InlineData("")]
    public async Task StartOtpAddressRegistrationAsync_NotOnePlainAddress_ThrowsNamingAddress(string address)
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => PayerUser.StartOtpAddressRegistrationAsync(address, MailLanguage.Japanese));

        Assert.Equal("address", e.ParamName);
        Assert.Empty(await Silo.MailsAsync());
    }

    [Fact]
    public async Task StartOtpAddressRegistrationAsync_InquiryOnlyUser_NotAllowed()
    {
        await Bank.AddUserAsync("C1", "viewer", Permissions.Inquiry);

        var sent = await Bank.User("C1", "viewer").StartOtpAddressRegistrationAsync("viewer@tomato.example.jp", MailLanguage.Japanese);

        Assert.Equal(OtpMailResult.Refused(OtpMailOutcome.NotAllowed), sent);
        Assert.Empty(await Silo.MailsAsync());
    }

    [Fact]
    public async Task StartOtpAddressRegistrationAsync_AddressRegistered_RefusedWithoutAnyMail()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);
        var mails = (await Silo.MailsAsync()).Count;

        // What malware holding the session and the PIN would try: move the OTP mails to its own mailbox.
        var sent = await PayerUser.StartOtpAddressRegistrationAsync("attacker@evil.example", MailLanguage.Japanese);

        Assert.Equal(OtpMailResult.Refused(OtpMailOutcome.AddressRegistered), sent);
        Assert.Equal(mails, (await Silo.MailsAsync()).Count);
        Assert.Equal((PayerAddress, null), (await PayerUser.GetOtpStatusAsync() is var s ? (s.Address, s.PendingAddress) : default));
    }

    [Fact]
    public async Task ResetOtpAddressAsync_OnAWrittenRequest_AuditedAndTheUserRegistersANewAddress()
    {
        await Bank.RegisterOtpAddressAsync("C1", Payer, PayerAddress);

        await PayerUser.ResetOtpAddressAsync("form-2030-0042", "operator-7");
        var logon = await PayerUser.DecideLogonAsync(tokenRegistrationSkipped: true);
        await Bank.RegisterOtpAddressAsync("C1", Payer, "new@tomato.example.jp");

        Assert.Equal(LogonDecision.RegisterOtpAddress, logon);
        Assert.Equal("new@tomato.example.jp", (await PayerUser.GetOtpStatusAsync()).Address);
        Assert.Contains(await AuditAsync(), r => r is { EventType: AuditEventType.OtpAddressReset, Details: "reference=form-2030-0042 operator=operator-7" } && r.UserId == Payer);
    }

    [Fact]
    public async Task ResetOtpAddressAsync_NoAddress_Conflict()
    {
        var e = await Assert.ThrowsAsync<Errors.DomainException>(() => PayerUser.ResetOtpAddressAsync("form-1", "operator-7"));

        Assert.Equal(Errors.DomainError.Conflict, e.Error);
    }

    [Fact]
    public async Task StartOtpAddressRegistrationAsync_ManyChallengesInADay_AtMostTenMailsThenTheNextDay()
    {
        var sent = 0;
        for (var round = 0; round < 12; round++)
        {
            for (var i = 0; i < 5; i++)
            {
                var result = await PayerUser.StartOtpAddressRegistrationAsync($"victim{round}@x.example", MailLanguage.Japanese);
                sent += result.Outcome == OtpMailOutcome.Sent ? 1 : 0;
                Clock.Advance(TimeSpan.FromSeconds(31));
            }

            Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var refused = await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);
        var mailsThatDay = (await Silo.MailsAsync()).Count;
        Clock.Advance(TimeSpan.FromDays(1));
        var nextDay = await PayerUser.StartOtpAddressRegistrationAsync(PayerAddress, MailLanguage.Japanese);

        Assert.Equal(10, sent);
        Assert.Equal(10, mailsThatDay);
        Assert.Equal(OtpMailOutcome.LimitReached, refused.Outcome);
        Assert.Equal(OtpMailOutcome.Sent, nextDay.Outcome);
    }
}
