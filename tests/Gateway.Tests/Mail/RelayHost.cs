using Inkan.Gateway.Mail;
using Inkan.Grains.Mail;
using Inkan.Silo;
using Inkan.Silo.Diagnostics;
using Inkan.Silo.Hosting;
using Inkan.Silo.Storage;
using Inkan.Silo.Storage.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Inkan.Gateway.Tests.Mail;

/// <summary>
/// One node: a real host with the silo over a memory store (shared by nodes and restarts) and the mail relay,
/// configured as a deployment would (<c>AddMailRelay</c> with <c>Mail:*</c> settings).
/// </summary>
public sealed class RelayHost : IAsyncDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromHours(1);

    private readonly IHost _host;

    private RelayHost(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    public IGrainStorage Storage => _host.Services.GetRequiredService<IGrainStorage>();

    public OutboxSignal Signal => _host.Services.GetRequiredService<OutboxSignal>();

    public IMailRelayGrain Relay => Grains.GetGrain<IMailRelayGrain>(OutboxMail.LogName);

    public IServiceProvider Services => _host.Services;

    public static async Task<RelayHost> StartAsync(
        MemoryStateStore store, TimeProvider time, IMailTransport? transport = null, IDictionary<string, string?>? settings = null, LogCollector? logs = null, string node = "node-a")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Mail:PollInterval"] = PollInterval.ToString(),
            ["Mail:RetryInitialDelay"] = "00:00:02",
            ["Mail:RetryMaxDelay"] = "00:00:10",
            ["Mail:GiveUpAfter"] = "00:01:00",
            ["Mail:NodeId"] = node,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddLogging(logging => logging.AddProvider(logs ?? new LogCollector()));
        builder.Services.AddSingleton(time);
        if (transport is not null)
        {
            builder.Services.AddSingleton(transport);
        }

        builder.AddSilo(silo => silo
            .AddMailGrains()
            .UseStorage(sp => new MemoryGrainStorage(sp.GetRequiredService<ILogger<MemoryGrainStorage>>(), sp.GetRequiredService<SiloMetrics>(), store)));
        builder.AddMailRelay();
        var host = builder.Build();
        await host.StartAsync();
        return new RelayHost(host);
    }

    /// <summary>Stores a mail in the outbox as a grain does (atomically with a state write) and returns its log entry id.</summary>
    public async Task<long> QueueAsync(OutboxMail mail, bool notify = true)
    {
        await Storage.WriteAsync(new StateWrite("test.sender", mail.Id, 0, "{}"u8.ToArray(), [new LogAppend(OutboxMail.LogName, mail.ToJson())]));
        var entries = await Storage.ReadLogAsync(OutboxMail.LogName, 0, 10_000, CancellationToken.None);
        if (notify)
        {
            Signal.Notify();
        }

        return entries[^1].Id;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
