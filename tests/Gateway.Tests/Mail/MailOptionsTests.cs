using Inkan.Gateway.Mail;

namespace Inkan.Gateway.Tests.Mail;

public sealed class MailOptionsTests
{
    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(6, 60)]
    [InlineData(1000, 60)]
    public void RetryDelay_DoublesFromInitialUpToCap(int attempts, int seconds)
    {
        var options = new MailOptions { RetryInitialDelay = TimeSpan.FromSeconds(2), RetryMaxDelay = TimeSpan.FromMinutes(1) };

        Assert.Equal(TimeSpan.FromSeconds(seconds), options.RetryDelay(attempts));
    }

    public static TheoryData<string, Action<MailOptions>> InvalidFields => new()
    {
        { nameof(MailOptions.Port), o => o.Port = 0 },
        { nameof(MailOptions.SenderAddress), o => o.SenderAddress = "not an address" },
        { nameof(MailOptions.SenderName), o => o.SenderName = "a\nb" },
        { nameof(MailOptions.PickupDirectory), o => o.PickupDirectory = null },
        { nameof(MailOptions.Timeout), o => o.Timeout = TimeSpan.Zero },
        { nameof(MailOptions.PollInterval), o => o.PollInterval = TimeSpan.Zero },
        { nameof(MailOptions.RetryInitialDelay), o => o.RetryInitialDelay = TimeSpan.Zero },
        { nameof(MailOptions.RetryMaxDelay), o => o.RetryMaxDelay = TimeSpan.FromMilliseconds(1) },
        { nameof(MailOptions.GiveUpAfter), o => o.GiveUpAfter = TimeSpan.FromSeconds(-1) },
        { nameof(MailOptions.LeaseDuration), o => o.LeaseDuration = TimeSpan.FromSeconds(1) },
        { nameof(MailOptions.BatchSize), o => o.BatchSize = 0 },
        { nameof(MailOptions.NodeId), o => o.NodeId = " " },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Validate_FieldOutOfRange_ThrowsNamingIt(string field, Action<MailOptions> change)
    {
        var options = new MailOptions { PickupDirectory = "data/mail" };
        change(options);

        var e = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(field, e.ParamName);
    }

    [Fact]
    public void Validate_Defaults_Pass()
    {
        var options = new MailOptions { PickupDirectory = "data/mail" };

        options.Validate();
        Assert.False(options.UsesSmtp);
        Assert.True(new MailOptions { Host = "smtp.example.jp" }.UsesSmtp);
    }
}
