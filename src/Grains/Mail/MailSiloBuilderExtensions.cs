using Inkan.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Inkan.Grains.Mail;

/// <summary>Registers the mail pieces the grains need with the silo.</summary>
public static class MailSiloBuilderExtensions
{
    /// <summary>Adds the mail relay grain, the JSON metadata of its state and outbox entries, and the <see cref="OutboxSignal"/>.</summary>
    public static SiloBuilder AddMailGrains(this SiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.TryAddSingleton<OutboxSignal>();
        return silo.AddGrains(typeof(MailRelayGrain).Assembly).AddJsonTypeInfoResolver(MailJsonContext.Default);
    }
}
