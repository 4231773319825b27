using Inkan.Grains.Policy;

namespace Inkan.Grains.Tests.Policy;

public class PolicyOptionsTests
{
    [Fact]
    public void Validate_MandatoryBeforeAvailable_ThrowsNamingField()
    {
        var options = new PolicyOptions { TokenAuthAvailableSince = PolicyDates.TokenMandatory, TokenAuthMandatorySince = PolicyDates.TokenAvailable };

        var e = Assert.Throws<ArgumentException>(() => new AuthPolicy(options));

        Assert.Equal(nameof(PolicyOptions.TokenAuthMandatorySince), e.ParamName);
    }

    [Theory]
    [InlineData(0, 5, nameof(PolicyOptions.TokenFailureLimit))]
    [InlineData(5, 0, nameof(PolicyOptions.ChallengeLifetime))]
    public void Validate_NonPositiveLimit_ThrowsNamingField(int tokenLimit, int lifetimeMinutes, string field)
    {
        var options = new PolicyOptions { TokenFailureLimit = tokenLimit, ChallengeLifetime = TimeSpan.FromMinutes(lifetimeMinutes) };

        var e = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(field, e.ParamName);
    }

    [Fact]
    public void Defaults_AreSeedTimelineAndSpecLimits()
    {
        var options = new PolicyOptions();

        Assert.True(options.EmailOtpMandatorySince < options.TokenAuthAvailableSince);
        Assert.True(options.TokenAuthAvailableSince < options.TokenAuthMandatorySince);
        Assert.Equal(5, options.TokenFailureLimit);
        Assert.Equal(TimeSpan.FromMinutes(5), options.ChallengeLifetime);
    }
}
