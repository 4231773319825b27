using Inkan.Grains.Otp;
using Inkan.Grains.Security;

namespace Inkan.Grains.Tests.Otp;

public sealed class OtpConfirmationTests
{
    private const int Limit = 5;
    private static readonly DateTimeOffset Start = new(2016, 5, 16, 1, 0, 0, TimeSpan.Zero);
    private readonly OtpOptions _options = new();
    private readonly FailureCounter _counter = new();

    [Fact]
    public void Decide_PinAndOtpRight_ConfirmedAndCountReset()
    {
        _counter.RecordFailure(Limit, Start);

        var result = OtpConfirmation.Decide(_counter, Limit, pinMatches: true, OtpCheck.Match, Start);

        Assert.Equal(OtpConfirmationOutcome.Confirmed, result.Outcome);
        Assert.Equal(0, _counter.ConsecutiveFailures);
    }

    [Theory]
    [InlineData(false, OtpCheck.Match)]
    [InlineData(true, OtpCheck.Mismatch)]
    [InlineData(false, OtpCheck.Mismatch)]
    public void Decide_WrongPinOrWrongOtpOrBoth_OneAndTheSameAnswer(bool pinMatches, OtpCheck otp)
    {
        var wrongPin = OtpConfirmation.Decide(new FailureCounter(), Limit, pinMatches: false, OtpCheck.Match, Start);

        var result = OtpConfirmation.Decide(_counter, Limit, pinMatches, otp, Start);

        Assert.Equal(wrongPin, result);
        Assert.Equal(new OtpConfirmationResult(OtpConfirmationOutcome.Rejected, 4, JustLocked: false), result);
        Assert.Equal(1, _counter.ConsecutiveFailures);
    }

    [Fact]
    public void Decide_FourthFailure_WarnsBeforeLastAttempt()
    {
        var results = Enumerable.Range(0, 4).Select(_ => OtpConfirmation.Decide(_counter, Limit, false, OtpCheck.Mismatch, Start)).ToList();

        Assert.Equal([false, false, false, true], results.Select(r => r.IsFinalWarning));
        Assert.Equal(1, results[^1].RemainingAttempts);
    }

    [Fact]
    public void Decide_FifthFailure_LocksThenRefusesEvenRightCredentials()
    {
        for (var i = 0; i < Limit - 1; i++)
        {
            OtpConfirmation.Decide(_counter, Limit, true, OtpCheck.Mismatch, Start);
        }

        var locking = OtpConfirmation.Decide(_counter, Limit, false, OtpCheck.Match, Start.AddMinutes(1));
        var after = OtpConfirmation.Decide(_counter, Limit, true, OtpCheck.Match, Start.AddMinutes(2));

        Assert.Equal(new OtpConfirmationResult(OtpConfirmationOutcome.Locked, 0, JustLocked: true), locking);
        Assert.Equal(new OtpConfirmationResult(OtpConfirmationOutcome.Locked, 0, JustLocked: false), after);
        Assert.Equal(Start.AddMinutes(1), _counter.LockedAt);
    }

    [Fact]
    public void Decide_AfterUnlock_RightCredentialsConfirm()
    {
        for (var i = 0; i < Limit; i++)
        {
            OtpConfirmation.Decide(_counter, Limit, false, OtpCheck.Mismatch, Start);
        }

        _counter.Unlock();

        Assert.Equal(OtpConfirmationOutcome.Confirmed, OtpConfirmation.Decide(_counter, Limit, true, OtpCheck.Match, Start).Outcome);
    }

    [Theory]
    [InlineData(OtpCheck.Expired, OtpConfirmationOutcome.Expired)]
    [InlineData(OtpCheck.NotPending, OtpConfirmationOutcome.NotPending)]
    public void Decide_OtpNotUsable_AnsweredWithoutCounting(OtpCheck otp, OtpConfirmationOutcome expected)
    {
        var result = OtpConfirmation.Decide(_counter, Limit, pinMatches: false, otp, Start);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(0, _counter.ConsecutiveFailures);
    }

    [Fact]
    public void Flow_ChallengeAndCounter_ConfirmOnceThenReplayRefused()
    {
        var challenge = new OtpChallenge();
        var otp = challenge.Issue(_options, Start).Otp!;

        var wrongPin = OtpConfirmation.Decide(_counter, Limit, false, challenge.Check(otp, Start.AddMinutes(1)), Start.AddMinutes(1));
        var right = OtpConfirmation.Decide(_counter, Limit, true, challenge.Check(otp, Start.AddMinutes(2)), Start.AddMinutes(2));
        challenge.Consume();
        var replay = OtpConfirmation.Decide(_counter, Limit, true, challenge.Check(otp, Start.AddMinutes(3)), Start.AddMinutes(3));

        Assert.Equal(OtpConfirmationOutcome.Rejected, wrongPin.Outcome);
        Assert.Equal(OtpConfirmationOutcome.Confirmed, right.Outcome);
        Assert.Equal(OtpConfirmationOutcome.NotPending, replay.Outcome);
    }

    [Fact]
    public void Flow_OtpEnteredAfterExpiry_Expired()
    {
        var challenge = new OtpChallenge();
        var otp = challenge.Issue(_options, Start).Otp!;
        var late = Start + _options.Lifetime;

        var result = OtpConfirmation.Decide(_counter, Limit, true, challenge.Check(otp, late), late);

        Assert.Equal(OtpConfirmationOutcome.Expired, result.Outcome);
    }
}
