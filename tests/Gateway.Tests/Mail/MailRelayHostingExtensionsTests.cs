using Inkan.Gateway.Mail;
using Inkan.Grains.Mail;
using Inkan.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Tests.Mail;

public sealed class MailRelayHostingExtensionsTests
{
    [Fact]
    public void AddMailRelay_NoHost_EmlFilesUnderDataDirectory()
    {
        using var host = Build(new() { ["DataDirectory"] = "/var/lib/inkan" });

        Assert.IsType<EmlFileMailTransport>(host.Services.GetRequiredService<IMailTransport>());
        Assert.Equal(Path.Combine("/var/lib/inkan", "mail"), host.Services.GetRequiredService<IOptions<MailOptions>>().Value.PickupDirectory);
    }

    [Fact]
    public void AddMailRelay_HostSet_SmtpWithConfiguredSettings()
    {
        using var host = Build(new()
        {
            ["Mail:Host"] = "smtp.tomato-bank.example",
            ["Mail:Port"] = "2525",
            ["Mail:StartTls"] = "false",
            ["Mail:UserName"] = "relay",
            ["Mail:SenderAddress"] = "tomatobank@finemax.net",
            ["Mail:SenderName"] = "トマト銀行",
            ["Mail:RetryMaxDelay"] = "00:05:00",
        });

        var options = host.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.IsType<SmtpMailTransport>(host.Services.GetRequiredService<IMailTransport>());
        Assert.Equal(("smtp.tomato-bank.example", 2525, false, "relay"), (options.Host, options.Port, options.StartTls, options.UserName));
        Assert.Equal(("tomatobank@finemax.net", "トマト銀行"), (options.SenderAddress, options.SenderName));
        Assert.Equal(TimeSpan.FromMinutes(5), options.RetryMaxDelay);
    }

    [Fact]
    public async Task AddMailRelay_InvalidSetting_StartFailsNamingIt()
    {
        using var host = Build(new() { ["Mail:SenderAddress"] = "nobody" });

        var e = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains(nameof(MailOptions.SenderAddress), e.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddSilo(silo => silo.AddMailGrains().UseMemoryStorage());
        builder.AddMailRelay();
        return builder.Build();
    }
}
