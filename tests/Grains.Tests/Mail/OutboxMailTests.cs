using Inkan.Grains.Mail;

namespace Inkan.Grains.Tests.Mail;

public sealed class OutboxMailTests
{
    private static readonly MailText Text = OtpMail.Compose(MailSamples.Transfer, MailSamples.SampleOtp, MailSamples.ExpiresAt, MailLanguage.Japanese);
    private static readonly DateTimeOffset Now = new(2016, 5, 16, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Json_RoundTrip_SameMail()
    {
        var mail = OutboxMail.Create("txn-42/otp/1", "taro@example.jp", Text, Now);

        var copy = OutboxMail.FromJson(mail.ToJson());

        Assert.Equal(mail, copy);
        Assert.Contains(MailSamples.SampleOtp, copy.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("Taro <taro@example.jp>")]
    [InlineData("taro@example.jp, jiro@example.jp")]
    [InlineData("")]
    public void Create_NotOnePlainAddress_ThrowsNamingTo(string to)
    {
        var e = Assert.Throws<ArgumentException>(() => OutboxMail.Create("txn-42/otp/1", to, Text, Now));

        Assert.Equal(nameof(OutboxMail.To), e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("日本語")]
    public void Create_BadId_ThrowsNamingId(string id) =>
        Assert.Equal(nameof(OutboxMail.Id), Assert.Throws<ArgumentException>(() => OutboxMail.Create(id, "taro@example.jp", Text, Now)).ParamName);

    [Fact]
    public void Create_SubjectWithLineBreak_Throws() =>
        Assert.Equal(nameof(OutboxMail.Subject), Assert.Throws<ArgumentException>(() =>
            OutboxMail.Create("txn-42/otp/1", "taro@example.jp", Text with { Subject = "a\r\nBcc: x@example.jp" }, Now)).ParamName);

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"Id":"x","To":"nobody","Subject":"s","Body":"b","CreatedAt":"2016-05-16T01:00:00+00:00"}""")]
    public void FromJson_Invalid_FormatException(string json) =>
        Assert.Throws<FormatException>(() => OutboxMail.FromJson(json));

    [Fact]
    public void ToString_HidesBody()
    {
        var mail = OutboxMail.Create("txn-42/otp/1", "taro@example.jp", Text, Now);

        Assert.DoesNotContain(MailSamples.SampleOtp, mail.ToString(), StringComparison.Ordinal);
        Assert.Contains("txn-42/otp/1", mail.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AppendToOutbox_AppendsJsonToOutboxLog()
    {
        var state = new RecordingState();
        var mail = OutboxMail.Create("txn-42/otp/1", "taro@example.jp", Text, Now);

        state.AppendToOutbox(mail);

        var (log, payload) = Assert.Single(state.Appended);
        Assert.Equal("outbox", log);
        Assert.Equal(mail, OutboxMail.FromJson(payload));
    }

    [Fact]
    public async Task OutboxSignal_Notify_CompletesOnlyTheWaitReadBefore()
    {
        var signal = new OutboxSignal();
        var before = signal.Next;

        signal.Notify();

        await before.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(signal.Next.IsCompleted);
    }
}
