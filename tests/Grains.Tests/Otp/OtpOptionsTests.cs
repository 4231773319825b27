using Inkan.Grains.Otp;

namespace Inkan.Grains.Tests.Otp;

public sealed class OtpOptionsTests
{
    [Fact]
    public void Defaults_AreTheSpecifiedOnes()
    {
        var options = new OtpOptions();

        options.Validate();
        Assert.Equal(6, options.Digits);
        Assert.Equal(TimeSpan.FromMinutes(5), options.Lifetime);
        Assert.Equal(5, options.FailureLimit);
        Assert.Equal(3, options.MaxMailsPerTransaction);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ResendInterval);
    }

    public static TheoryData<string, Action<OtpOptions>> InvalidFields => new()
    {
        { nameof(OtpOptions.Digits), o => o.Digits = 3 },
        { nameof(OtpOptions.Digits), o => o.Digits = 11 },
        { nameof(OtpOptions.Lifetime), o => o.Lifetime = TimeSpan.Zero },
        { nameof(OtpOptions.FailureLimit), o => o.FailureLimit = 0 },
        { nameof(OtpOptions.MaxMailsPerTransaction), o => o.MaxMailsPerTransaction = 0 },
        { nameof(OtpOptions.ResendInterval), o => o.ResendInterval = TimeSpan.FromSeconds(-1) },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public void Validate_FieldOutOfRange_ThrowsNamingIt(string field, Action<OtpOptions> change)
    {
        var options = new OtpOptions();
        change(options);

        var e = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(field, e.ParamName);
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }
}
