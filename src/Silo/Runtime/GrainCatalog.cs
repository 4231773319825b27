using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Inkan.Silo.Hosting;

namespace Inkan.Silo.Runtime;

/// <summary>Maps each grain interface to the one grain class that implements it, from the registered assemblies.</summary>
internal sealed class GrainCatalog
{
    private readonly Dictionary<Type, GrainClass> _byInterface = [];

    public GrainCatalog(IEnumerable<Assembly> assemblies, IEnumerable<IJsonTypeInfoResolver> resolvers, SiloOptions options)
    {
        var json = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine([.. resolvers]) };
        json.MakeReadOnly();
        foreach (var type in assemblies.Distinct().SelectMany(a => a.GetTypes()))
        {
            if (!type.IsClass || type.IsAbstract || !type.IsSubclassOf(typeof(Grain)))
            {
                continue;
            }

            var ageLimit = options.CollectionAgeByGrainType.TryGetValue(type, out var configured)
                ? configured
                : type.GetCustomAttribute<CollectionAgeLimitAttribute>()?.AgeLimit ?? options.CollectionAge;
            var grainClass = new GrainClass(type, ageLimit, json);
            foreach (var grainInterface in type.GetInterfaces().Where(IsGrainInterface))
            {
                if (!_byInterface.TryAdd(grainInterface, grainClass))
                {
                    throw new InvalidOperationException($"Grain interface {grainInterface} has two implementations: {_byInterface[grainInterface].Type} and {type}.");
                }
            }
        }
    }

    public GrainClass For(Type grainInterface) => _byInterface.TryGetValue(grainInterface, out var grainClass)
        ? grainClass
        : throw new InvalidOperationException($"No grain class implements {grainInterface}; register its assembly with AddGrains.");

    private static bool IsGrainInterface(Type type)
        => typeof(IGrain).IsAssignableFrom(type) && type != typeof(IGrain) && type != typeof(IGrainWithStringKey);
}
