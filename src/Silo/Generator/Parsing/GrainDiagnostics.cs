using Microsoft.CodeAnalysis;

namespace Inkan.Silo.Generator.Parsing;

/// <summary>The errors the generator reports for grain interfaces it cannot generate a reference for.</summary>
internal static class GrainDiagnostics
{
    private const string Category = "InkanGrains";

    /// <summary>A grain method returns something other than Task, Task&lt;T&gt;, ValueTask or ValueTask&lt;T&gt;.</summary>
    public static readonly DiagnosticDescriptor UnsupportedReturnType = Create(
        "INKAN001",
        "Unsupported grain method return type",
        "Grain method '{0}' returns '{1}'; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>");

    /// <summary>A grain method parameter cannot be carried in a request.</summary>
    public static readonly DiagnosticDescriptor UnsupportedParameter = Create(
        "INKAN002",
        "Unsupported grain method parameter",
        "Parameter '{0}' of grain method '{1}' is not supported: {2}");

    /// <summary>A grain method has type parameters.</summary>
    public static readonly DiagnosticDescriptor GenericMethod = Create(
        "INKAN003",
        "Generic grain methods are not supported",
        "Grain method '{0}' is generic; generic grain methods are not supported");

    /// <summary>A grain interface declares a member that is not an abstract instance method.</summary>
    public static readonly DiagnosticDescriptor UnsupportedMember = Create(
        "INKAN004",
        "Unsupported grain interface member",
        "Grain interface member '{0}' is not supported: {1}");

    /// <summary>A grain interface is generic or nested in a generic type.</summary>
    public static readonly DiagnosticDescriptor GenericInterface = Create(
        "INKAN005",
        "Generic grain interfaces are not supported",
        "Grain interface '{0}' is generic or nested in a generic type; generic grain interfaces are not supported");

    /// <summary>A grain interface cannot be seen by a class in its namespace.</summary>
    public static readonly DiagnosticDescriptor InaccessibleInterface = Create(
        "INKAN006",
        "Grain interface is not accessible to its reference",
        "Grain interface '{0}' is not accessible to its generated reference: it and its containing types must be public or internal and not file-local");

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat)
        => new(id, title, messageFormat, Category, DiagnosticSeverity.Error, isEnabledByDefault: true,
            description: "The grain reference generator reports this and generates no reference for the interface.");
}
