using System.Text.Json;
using Inkan.Grains.Otp;

namespace Inkan.Grains.Tests.Otp;

public sealed class OtpChallengeTests
{
    private static readonly DateTimeOffset Start = new(2016, 5, 16, 10, 0, 0, TimeSpan.FromHours(9));
    private readonly OtpOptions _options = new();
    private readonly OtpChallenge _challenge = new();

    [Fact]
    public void Issue_New_OtpValidUntilLifetimeEnds()
    {
        var sent = _challenge.Issue(_options, Start);

        Assert.True(sent.Sent);
        Assert.Equal(6, sent.Otp!.Length);
        Assert.Equal(Start.AddMinutes(5), sent.ExpiresAt);
        Assert.Equal(2, sent.MailsLeft);
        Assert.Equal(OtpCheck.Match, _challenge.Check(sent.Otp, Start.AddMinutes(5).AddTicks(-1)));
        Assert.Equal(OtpCheck.Expired, _challenge.Check(sent.Otp, Start.AddMinutes(5)));
    }

    [Fact]
    public void Issue_ConfiguredDigitsAndLifetime_Applied()
    {
        var sent = _challenge.Issue(new OtpOptions { Digits = 8, Lifetime = TimeSpan.FromMinutes(2) }, Start);

        Assert.Equal(8, sent.Otp!.Length);
        Assert.Equal(Start.AddMinutes(2), sent.ExpiresAt);
    }

    [Fact]
    public void Issue_Twice_Throws()
    {
        _challenge.Issue(_options, Start);

        Assert.Throws<InvalidOperationException>(() => _challenge.Issue(_options, Start.AddMinutes(1)));
    }

    [Fact]
    public void Check_WrongOtp_MismatchAndNothingChanges()
    {
        var otp = _challenge.Issue(_options, Start).Otp!;
        var wrong = otp == "000000" ? "000001" : "000000";

        Assert.Equal(OtpCheck.Mismatch, _challenge.Check(wrong, Start.AddSeconds(10)));
        Assert.Equal(OtpCheck.Match, _challenge.Check(otp, Start.AddSeconds(20)));
    }

    [Fact]
    public void Check_BeforeIssue_NotPending() =>
        Assert.Equal(OtpCheck.NotPending, _challenge.Check("123456", Start));

    [Fact]
    public void Consume_AfterUse_SameOtpNoLongerPending()
    {
        var otp = _challenge.Issue(_options, Start).Otp!;

        _challenge.Consume();

        Assert.True(_challenge.Used);
        Assert.Null(_challenge.Hash);
        Assert.Equal(OtpCheck.NotPending, _challenge.Check(otp, Start.AddSeconds(1)));
        Assert.Throws<InvalidOperationException>(_challenge.Consume);
    }

    [Fact]
    public void Resend_Within30Seconds_RefusedWithWait()
    {
        _challenge.Issue(_options, Start);

        var refused = _challenge.Resend(_options, Start.AddSeconds(20));

        Assert.False(refused.Sent);
        Assert.Null(refused.Otp);
        Assert.Equal(OtpSendRefusal.TooSoon, refused.Refusal);
        Assert.Equal(TimeSpan.FromSeconds(10), refused.RetryAfter);
        Assert.Equal(1, _challenge.MailsSent);
    }

    [Fact]
    public void Resend_After30Seconds_NewOtpReplacesOld()
    {
        var first = _challenge.Issue(_options, Start).Otp!;

        var second = _challenge.Resend(_options, Start.AddSeconds(30));

        Assert.True(second.Sent);
        Assert.Equal(Start.AddSeconds(30).AddMinutes(5), second.ExpiresAt);
        Assert.Equal(OtpCheck.Match, _challenge.Check(second.Otp, Start.AddSeconds(31)));
        if (second.Otp != first)
        {
            Assert.Equal(OtpCheck.Mismatch, _challenge.Check(first, Start.AddSeconds(31)));
        }
    }

    [Fact]
    public void Resend_AfterThirdMail_LimitReached()
    {
        _challenge.Issue(_options, Start);
        Assert.True(_challenge.Resend(_options, Start.AddSeconds(30)).Sent);
        var third = _challenge.Resend(_options, Start.AddSeconds(60));
        Assert.True(third.Sent);
        Assert.Equal(0, third.MailsLeft);

        var fourth = _challenge.Resend(_options, Start.AddMinutes(10));

        Assert.Equal(OtpSendRefusal.LimitReached, fourth.Refusal);
        Assert.Equal(3, _challenge.MailsSent);
        Assert.Equal(OtpCheck.Match, _challenge.Check(third.Otp, Start.AddSeconds(61)));
    }

    [Fact]
    public void Resend_AfterUse_RefusedAlreadyUsed()
    {
        _challenge.Issue(_options, Start);
        _challenge.Consume();

        Assert.Equal(OtpSendRefusal.AlreadyUsed, _challenge.Resend(_options, Start.AddMinutes(1)).Refusal);
    }

    [Fact]
    public void Resend_BeforeIssue_Throws() =>
        Assert.Throws<InvalidOperationException>(() => _challenge.Resend(_options, Start));

    [Fact]
    public void ToString_OfSendResult_HidesOtp()
    {
        var sent = _challenge.Issue(_options, Start);

        Assert.DoesNotContain(sent.Otp!, sent.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTrip_KeepsOtpLimitsAndUse()
    {
        var otp = _challenge.Issue(_options, Start).Otp!;

        var json = JsonSerializer.Serialize(_challenge, OtpTestJsonContext.Default.OtpChallenge);
        var copy = JsonSerializer.Deserialize(json, OtpTestJsonContext.Default.OtpChallenge)!;

        Assert.DoesNotContain(otp, json, StringComparison.Ordinal);
        Assert.Equal(OtpCheck.Match, copy.Check(otp, Start.AddMinutes(1)));
        Assert.Equal(OtpSendRefusal.TooSoon, copy.Resend(_options, Start.AddSeconds(5)).Refusal);
        Assert.Equal(_challenge.ExpiresAt, copy.ExpiresAt);
    }
}
