using Inkan.Silo.Hosting;
using Inkan.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Inkan.Benchmarks.Runtime;

/// <summary>A started silo with the benchmark grains over the given storage.</summary>
public sealed class BenchSilo : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private BenchSilo(ServiceProvider services) => _services = services;

    public IGrainFactory Grains => _services.GetRequiredService<IGrainFactory>();

    public static async Task<BenchSilo> StartAsync(Func<IServiceProvider, IGrainStorage> storage)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSilo(silo => silo
            .AddGrains(typeof(BenchGrain).Assembly)
            .AddJsonTypeInfoResolver(BenchJsonContext.Default)
            .UseStorage(storage));
        var provider = services.BuildServiceProvider();
        foreach (var hosted in provider.GetServices<IHostedService>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        return new BenchSilo(provider);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hosted in _services.GetServices<IHostedService>())
        {
            await hosted.StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
