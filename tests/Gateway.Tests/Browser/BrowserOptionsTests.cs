using Inkan.Gateway.Browser;
using Microsoft.Extensions.Configuration;

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

    [Theory]
    [InlineData("ib.bank.example")]
    [InlineData("https://ib.bank.example/")]
    [InlineData("https://ib.bank.example/app")]
    [InlineData("https://ib.bank.example:443")]
    [InlineData("ftp://ib.bank.example")]
    public void Validate_HubOriginThatIsNoOrigin_ThrowsNamingIt(string origin)
    {
        var options = new BrowserOptions { HubOrigins = [origin] };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(nameof(BrowserOptions.HubOrigins), error.ParamName);
    }

    [Fact]
    public void Validate_HubOriginWithPort_Passes() => new BrowserOptions { HubOrigins = ["https://ib.bank.example:8443"] }.Validate();

    [Fact]
    public void Bind_HubOriginsInConfiguration_ListsThem()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Browser:HubOrigins:0"] = "https://ib.bank.example",
            ["Browser:HubOrigins:1"] = "https://ib2.bank.example",
        }).Build();

        var options = configuration.GetSection(BrowserOptions.SectionName).Get<BrowserOptions>()!;

        Assert.Equal(["https://ib.bank.example", "https://ib2.bank.example"], options.HubOrigins);
    }
}
