using Inkan.Gateway.Browser;

namespace Inkan.Gateway.Tests.Browser;

/// <summary>The browser client's settings refuse values that would break it.</summary>
public sealed class BrowserOptionsTests
{
    [Fact]
    public void Validate_Defaults_Pass() => new BrowserOptions().Validate();

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Validate_NonPositiveHubSessionCheckInterval_ThrowsNamingIt(int seconds)
    {
        var options = new BrowserOptions { HubSessionCheckInterval = TimeSpan.FromSeconds(seconds) };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(BrowserOptions.HubSessionCheckInterval), error.ParamName);
    }
}
