using Inkan.Silo.Diagnostics;
using Inkan.Silo.Runtime;
using Inkan.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Inkan.Silo.Hosting;

/// <summary>Adds the silo to a host: the runtime as <see cref="IGrainFactory"/>, storage, and a hosted service for start and shutdown.</summary>
public static class SiloServiceCollectionExtensions
{
    /// <summary>Adds the silo to the host's services.</summary>
    public static IHostApplicationBuilder AddSilo(this IHostApplicationBuilder builder, Action<SiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSilo(configure);
        return builder;
    }

    /// <summary>Adds the silo to <paramref name="services"/>.</summary>
    public static IServiceCollection AddSilo(this IServiceCollection services, Action<SiloBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var silo = new SiloBuilder(services);
        configure(silo);
        services.AddOptions<SiloOptions>();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SiloMetrics(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<Func<IServiceProvider, IGrainStorage>>()(sp));
        services.TryAddSingleton(sp => new GrainCatalog(silo.GrainAssemblies, silo.JsonResolvers, sp.GetRequiredService<IOptions<SiloOptions>>().Value));
        services.TryAddSingleton(sp => new GrainRuntime(
            sp,
            sp.GetRequiredService<IGrainStorage>(),
            sp.GetRequiredService<GrainCatalog>(),
            sp.GetRequiredService<IOptions<SiloOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<GrainRuntime>>(),
            sp.GetRequiredService<SiloMetrics>()));
        services.TryAddSingleton<IGrainFactory>(sp => sp.GetRequiredService<GrainRuntime>());
        services.AddHostedService<SiloHostedService>();
        return services;
    }
}
