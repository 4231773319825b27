using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Inkan.Silo.State;
using Microsoft.Extensions.DependencyInjection;

namespace Inkan.Silo.Runtime;

/// <summary>
/// What the runtime knows of a grain class: its storage name, idle limit and how to construct it
/// (services from dependency injection, <see cref="PersistentStateAttribute"/> parameters from storage).
/// </summary>
internal sealed class GrainClass
{
    private static readonly MethodInfo CreateStateMethod = typeof(GrainClass).GetMethod(nameof(CreateState), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConstructorInfo _constructor;

    // Resolved on the first activation, so that an assembly's grain classes whose state metadata this
    // silo does not register cost nothing until someone calls them.
    private readonly Lazy<Func<IServiceProvider, Activation, object>[]> _arguments;

    public GrainClass(Type type, TimeSpan ageLimit, JsonSerializerOptions json)
    {
        Type = type;
        AgeLimit = ageLimit;
        Name = type.GetCustomAttribute<GrainTypeAttribute>()?.Name
            ?? (type.Name.EndsWith("Grain", StringComparison.Ordinal) ? type.Name[..^"Grain".Length] : type.Name).ToLowerInvariant();
        _constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {type} has no public constructor.");
        _arguments = new(() => [.. _constructor.GetParameters().Select(p => Argument(p, json))]);
    }

    public Type Type { get; }

    public string Name { get; }

    public TimeSpan AgeLimit { get; }

    public Grain Create(IServiceProvider services, Activation activation)
    {
        var argumentFactories = _arguments.Value;
        var arguments = new object[argumentFactories.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = argumentFactories[i](services, activation);
        }

        // The caller gets the constructor's own exception, as it gets a grain method's.
        return (Grain)_constructor.Invoke(BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
    }

    private Func<IServiceProvider, Activation, object> Argument(ParameterInfo parameter, JsonSerializerOptions json)
    {
        var stateAttribute = parameter.GetCustomAttribute<PersistentStateAttribute>();
        var type = parameter.ParameterType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IPersistentState<>))
        {
            if (stateAttribute is null)
            {
                throw new InvalidOperationException($"Parameter {parameter.Name} of {Type} needs [PersistentState(\"name\")].");
            }

            var stateClass = type.GetGenericArguments()[0];
            if (!json.TryGetTypeInfo(stateClass, out var typeInfo))
            {
                throw new InvalidOperationException($"No JSON metadata for {stateClass} (state of {Type}): add it to a JsonSerializerContext registered with AddJsonTypeInfoResolver.");
            }

            var stateType = $"{Name}.{stateAttribute.StateName}";
            var create = CreateStateMethod.MakeGenericMethod(stateClass).CreateDelegate<Func<Activation, string, JsonTypeInfo, object>>();
            return (_, activation) => create(activation, stateType, typeInfo);
        }

        return (services, _) => services.GetRequiredService(type);
    }

    private static object CreateState<TState>(Activation activation, string stateType, JsonTypeInfo typeInfo)
        where TState : new()
    {
        var state = new PersistentState<TState>(activation, stateType, (JsonTypeInfo<TState>)typeInfo);
        activation.AddState(state);
        return state;
    }
}
