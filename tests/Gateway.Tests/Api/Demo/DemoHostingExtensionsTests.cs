using Inkan.Gateway.Demo;
using Microsoft.Extensions.Configuration;

namespace Inkan.Gateway.Tests.Api.Demo;

public sealed class DemoHostingExtensionsTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Sqlite", null, true)]
    [InlineData("Postgres", null, false)]
    [InlineData("Postgres", "true", true)]
    [InlineData("Sqlite", "false", false)]
    public void IsEnabled_DefaultsToTheEmbeddedStorageOnly(string? provider, string? enabled, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = provider, ["Demo:Enabled"] = enabled })
            .Build();

        Assert.Equal(expected, DemoHostingExtensions.IsEnabled(configuration));
    }
}
