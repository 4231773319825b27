using Inkan.Grains.Mail;
using Inkan.Silo;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inkan.Grains.Tests.Mail;

/// <summary>One node: a silo with the mail grains over a memory store that several nodes can share.</summary>
internal sealed class MailSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private MailSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public IMailRelayGrain Relay => _services.GetRequiredService<IGrainFactory>().GetGrain<IMailRelayGrain>(OutboxMail.LogName);

    public static async Task<MailSilo> StartAsync(MemoryStateStore store, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSilo(silo => silo
            .AddMailGrains()
            .UseStorage(sp => new MemoryGrainStorage(sp.GetRequiredService<ILogger<MemoryGrainStorage>>(), sp.GetRequiredService<SiloMetrics>(), store)));
        var silo = new MailSilo(services.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return silo;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _hosted.Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
