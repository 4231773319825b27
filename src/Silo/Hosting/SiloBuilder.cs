using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Inkan.Silo.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Silo.Hosting;

/// <summary>Configures the silo: grain assemblies, JSON metadata for grain state, storage and options.</summary>
public sealed class SiloBuilder(IServiceCollection services)
{
    internal List<Assembly> GrainAssemblies { get; } = [];

    internal List<IJsonTypeInfoResolver> JsonResolvers { get; } = [];

    /// <summary>The service collection the silo is added to.</summary>
    public IServiceCollection Services { get; } = services;

    /// <summary>Registers every grain class of <paramref name="assembly"/>.</summary>
    public SiloBuilder AddGrains(Assembly assembly)
    {
        GrainAssemblies.Add(assembly);
        return this;
    }

    /// <summary>Adds source-generated JSON metadata for grain state classes (a <c>JsonSerializerContext</c>).</summary>
    public SiloBuilder AddJsonTypeInfoResolver(IJsonTypeInfoResolver resolver)
    {
        JsonResolvers.Add(resolver);
        return this;
    }

    /// <summary>Uses the storage that <paramref name="factory"/> creates (one per silo).</summary>
    public SiloBuilder UseStorage(Func<IServiceProvider, IGrainStorage> factory)
    {
        Services.AddSingleton(factory);
        return this;
    }

    /// <summary>Changes runtime options.</summary>
    public SiloBuilder Configure(Action<SiloOptions> configure)
    {
        Services.Configure(configure);
        return this;
    }
}
