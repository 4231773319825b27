using Inkan.Grains.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkan.Gateway.Mail;

/// <summary>Adds the mail relay to a host that runs the silo (which must include <see cref="MailSiloBuilderExtensions.AddMailGrains"/>).</summary>
public static class MailRelayHostingExtensions
{
    /// <summary>
    /// Binds <see cref="MailOptions"/> from configuration section <c>Mail</c> (the pickup directory defaults to
    /// <c>&lt;DataDirectory&gt;/mail</c>, <c>DataDirectory</c> to <c>data</c>), picks SMTP when <c>Mail:Host</c> is set and
    /// .eml files otherwise, and runs <see cref="MailRelay"/>. Invalid settings fail the host's start with a message naming the field.
    /// </summary>
    public static IHostApplicationBuilder AddMailRelay(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        builder.Services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.SectionName))
            .PostConfigure(o => o.PickupDirectory ??= Path.Combine(configuration["DataDirectory"] ?? "data", "mail"))
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? new SmtpMailTransport(sp.GetRequiredService<IOptions<MailOptions>>())
            : new EmlFileMailTransport(sp.GetRequiredService<IOptions<MailOptions>>(), sp.GetRequiredService<ILogger<EmlFileMailTransport>>()));
        builder.Services.AddHostedService<MailRelay>();
        return builder;
    }
}
