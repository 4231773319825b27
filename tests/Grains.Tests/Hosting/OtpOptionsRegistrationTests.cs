using Inkan.Grains.Otp;
using Inkan.Grains.Tests.Support;
using Inkan.Grains.Transactions;

namespace Inkan.Grains.Tests.Hosting;

/// <summary>The grains take every OTP limit from <see cref="OtpOptions"/> (section <c>Inkan:Otp</c>), checked when the silo starts.</summary>
public sealed class OtpOptionsRegistrationTests : OtpSiloTest
{
    internal override void ConfigureOtp(OtpOptions options)
    {
        options.Digits = 8;
        options.Lifetime = TimeSpan.FromMinutes(2);
        options.FailureLimit = 2;
        options.MaxMailsPerTransaction = 1;
    }

    [Fact]
    public async Task Grains_ConfiguredOtpOptions_UsedForLengthLifetimeLimitAndMails()
    {
        var tx = await PendingOtpTransferAsync();
        var otp = await Bank.OtpOfAsync(tx.TransactionId);
        Clock.Advance(TimeSpan.FromSeconds(30));

        var resend = await Bank.Transaction(tx.TransactionId).ResendOtpAsync("C1", Payer);
        var first = await ConfirmAsync(tx, Other(otp));
        var second = await ConfirmAsync(tx, Other(otp));

        Assert.Matches("^[0-9]{8}$", otp);
        Assert.Equal(Start.AddMinutes(2), tx.ExpiresAt);
        Assert.Equal(OtpMailOutcome.LimitReached, resend.Outcome);
        Assert.Equal((ConfirmOutcome.LastAttempt, 1), (first.Outcome, first.RemainingAttempts));
        Assert.Equal(ConfirmOutcome.OtpLocked, second.Outcome);
    }

    [Fact]
    public async Task StartAsync_InvalidOtpOption_FailsNamingIt()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => DomainSilo.StartAsync(otp: o => o.Digits = 3));

        Assert.Equal(nameof(OtpOptions.Digits), e.ParamName);
    }
}
