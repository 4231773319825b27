using Inkan.Silo.Diagnostics;
using Inkan.Silo.Hosting;
using Inkan.Silo.Runtime;
using Inkan.Silo.Storage;
using Inkan.Silo.Tests.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkan.Silo.Tests.Hosting;

/// <summary>A silo with the test grains, started in-process over the given storage; stopped gracefully on dispose.</summary>
public sealed class TestSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;
    private bool _stopped;

    private TestSilo(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    internal GrainRuntime Runtime => _services.GetRequiredService<GrainRuntime>();

    public IGrainStorage Storage => _services.GetRequiredService<IGrainStorage>();

    internal SiloMetrics Metrics => _services.GetRequiredService<SiloMetrics>();

    public ActivationLog Log => _services.GetRequiredService<ActivationLog>();

    public static async Task<TestSilo> StartAsync(Func<IServiceProvider, IGrainStorage> storage, TimeProvider? time = null, Action<SiloOptions>? options = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<ActivationLog>();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        services.AddSilo(silo => silo
            .AddGrains(typeof(CounterGrain).Assembly)
            .AddJsonTypeInfoResolver(SiloTestsJsonContext.Default)
            .UseStorage(storage)
            .Configure(o => options?.Invoke(o)));
        var silo = new TestSilo(services.BuildServiceProvider());
        foreach (var hosted in silo._hosted)
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return silo;
    }

    /// <summary>Stops the silo gracefully: running turns and pending writes finish.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        foreach (var hosted in _hosted.Reverse())
        {
            await hosted.StopAsync(CancellationToken.None);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _services.DisposeAsync();
    }
}
